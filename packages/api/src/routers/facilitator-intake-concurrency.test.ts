import { randomUUID } from "node:crypto";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { makeProgramWithConsent, moveThrough, type ProgramWithConsent, recordApplication } from "../testing/intake.ts";
import { type Caller, cohortInput } from "../testing/programs.ts";

// The facilitator's intake commands sent at once: with DATABASE_URL they race on real
// PostgreSQL connections; on PGlite they queue.
let h: Harness;
let admin: Caller;
let lead: Caller;
let peer: Caller;
let program: ProgramWithConsent;
let cohortId: string;
let riskQuestionId: string;

beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN"));
  const { caller: leadCaller, user: leadUser } = await h.signedIn("FACILITATOR", { name: "Lee Lead" });
  const { caller: peerCaller, user: peerUser } = await h.signedIn("FACILITATOR", { name: "Pat Peer" });
  lead = leadCaller;
  peer = peerCaller;
  await admin.users.addCredential({ userId: leadUser.id, kind: "PROFESSIONAL_LICENCE", title: "LCSW" });
  program = await makeProgramWithConsent(admin);
  cohortId = (
    await admin.cohorts.create(
      cohortInput(program, leadUser.id, { facilitators: { leadId: leadUser.id, coFacilitatorIds: [peerUser.id] } }),
    )
  ).id;
  riskQuestionId = (
    await admin.intake.addQuestion({
      programId: program.id,
      question: {
        prompt: "Any thoughts of harming yourself?",
        kind: "YES_NO",
        riskAnswers: ["yes"],
        riskLabel: "Self-harm",
        required: false,
      },
    })
  ).id;
});
afterAll(() => h.close());

const db = () => h.services.db;
const flaggedApplication = () =>
  recordApplication(admin, program, { cohortId, answers: [{ questionId: riskQuestionId, value: true }] });

describe("a risk-flag note sent 5 times with one key (a double click, retries)", () => {
  it("is written once, and every call is answered with that note", async () => {
    const application = await flaggedApplication();
    const idempotencyKey = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        peer.intake.addRiskNote({ applicationId: application.id, note: "Crisis last month", escalate: true, idempotencyKey }),
      ),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db().riskFlagNote.count({ where: { applicationId: application.id } })).toBe(1);
  });
});

describe("the licensed lead and an admin acknowledging one flag at once, three times each", () => {
  it("acknowledges it once; the others are told it already was (400), and who did is kept", async () => {
    const application = await flaggedApplication();
    const results = await Promise.allSettled(
      [lead, admin, lead, admin, lead, admin].map((caller) =>
        caller.intake.acknowledgeRisk({ applicationId: application.id, note: "Safety plan agreed" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as TRPCError).code] : []));
    expect(refused).toEqual(Array(5).fill("BAD_REQUEST"));
    const stored = await db().application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.riskAcknowledgedById).not.toBeNull();
    expect(await db().auditEvent.count({ where: { entityId: application.id, action: "application.acknowledge_risk" } })).toBe(1);
  });
});

describe("recommendations and an admin's decision at the same moment", () => {
  it("the decision holds; a recommendation after it is refused, never written over a decided application", async () => {
    const application = await recordApplication(admin, program, { cohortId });
    await moveThrough(admin, application.id, "SCREENING");
    const results = await Promise.allSettled([
      lead.intake.recommend({ applicationId: application.id, recommendation: "ACCEPT", reason: "Ready" }),
      admin.intake.move({ applicationId: application.id, to: "DECLINED", reason: "Not eligible" }),
      peer.intake.recommend({ applicationId: application.id, recommendation: "WAITLIST", reason: "Next cohort" }),
    ]);
    expect(results[1]?.status).toBe("fulfilled");
    const stored = await db().application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.status).toBe("DECLINED");
    // each recommendation either came before the decision (and is kept) or was refused after it
    const recommended = await db().auditEvent.count({ where: { entityId: application.id, action: "application.recommend" } });
    const refused = results.filter((r) => r.status === "rejected");
    expect(recommended + refused.length).toBe(2);
    for (const r of refused) expect((r as PromiseRejectedResult).reason.code).toBe("BAD_REQUEST");
  });
});
