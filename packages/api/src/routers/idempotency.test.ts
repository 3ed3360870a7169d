import { randomUUID } from "node:crypto";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollFor, marksFor } from "../testing/attendance.ts";
import { type Harness, openHarness } from "../testing/harness.ts";
import {
  expectRefusal,
  makeConsentingMember,
  makeProgramWithConsent,
  newMember,
  type ProgramWithConsent,
  recordApplication,
} from "../testing/intake.ts";
import { type Caller, makeCohort, makeProgram, makeStartedCohort, storedSessions } from "../testing/programs.ts";
import { expectRefused } from "../testing/refusals.ts";

// Commands that create records take an idempotency key (one per opened form). With DATABASE_URL
// the parallel calls race on real PostgreSQL connections; on PGlite they queue.
let h: Harness;
let admin: Caller;
let otherAdmin: Caller;
let lead: Caller;
let leadId: string;
let program: ProgramWithConsent;
beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN"));
  ({ caller: otherAdmin } = await h.signedIn("ADMIN"));
  ({
    caller: lead,
    user: { id: leadId },
  } = await h.signedIn("FACILITATOR"));
  program = await makeProgramWithConsent(admin);
});
afterAll(() => h.close());

const db = () => h.services.db;

async function signature(memberId: string) {
  const member = await db().member.findUniqueOrThrow({ where: { id: memberId } });
  return {
    memberId,
    versionId: program.consent.versionId,
    method: "E_SIGNATURE" as const,
    signedName: `${member.firstName} ${member.lastName}`,
  };
}

describe("consent.record under one idempotency key", () => {
  it("200 identical calls at once record one consent; every answer is that record, or a 409 to try again", async () => {
    const { memberId } = await recordApplication(admin, program);
    const input = { ...(await signature(memberId)), idempotencyKey: randomUUID() };
    const results = await Promise.allSettled(Array.from({ length: 200 }, () => admin.consent.record(input)));
    const answered = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as TRPCError).code] : []));
    expect(refused.filter((code) => code !== "CONFLICT")).toEqual([]);
    expect(answered.length).toBeGreaterThan(0);
    const records = await db().consentRecord.findMany({ where: { memberId } });
    expect(records).toHaveLength(1);
    expect(new Set(answered.map((a) => a.id))).toEqual(new Set([records[0]?.id]));
    expect(await db().auditEvent.count({ where: { entityId: memberId, action: "consent.record" } })).toBe(1);
  });

  it("answers a replay with the first result, dates as dates; without a key each call records", async () => {
    const { memberId } = await recordApplication(admin, program);
    const input = { ...(await signature(memberId)), idempotencyKey: randomUUID() };
    const first = await admin.consent.record(input);
    const replay = await admin.consent.record(input);
    expect(replay).toEqual(first);
    expect(replay.occurredAt).toBeInstanceOf(Date);
    const { idempotencyKey: _, ...unkeyed } = input;
    await admin.consent.record(unkeyed);
    await admin.consent.record(unkeyed);
    expect(await db().consentRecord.count({ where: { memberId } })).toBe(3);
  });

  it("refuses the same key with other details (409 naming idempotencyKey); another user's key is theirs", async () => {
    const { memberId } = await recordApplication(admin, program);
    const input = { ...(await signature(memberId)), idempotencyKey: randomUUID() };
    await admin.consent.record(input);
    await expectRefusal(
      admin.consent.record({ ...input, method: "SIGNED_ON_PAPER" }),
      "CONFLICT",
      "This form was already sent with other details; reload it and try again",
      "idempotencyKey",
    );
    await otherAdmin.consent.record(input);
    expect(await db().consentRecord.count({ where: { memberId } })).toBe(2);
  });
});

describe("enrollment.enroll under one idempotency key", () => {
  it("20 calls at once enroll once, with one history row; a later replay answers the same enrollment", async () => {
    const cohort = await makeCohort(admin, program, leadId, { capacity: 5, minimumEnrollment: 1 });
    const person = await makeConsentingMember(admin, db(), program, { cohortId: cohort.id });
    const input = { cohortId: cohort.id, memberId: person.memberId, idempotencyKey: randomUUID() };
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => admin.enrollment.enroll(input)));
    const answered = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as TRPCError).code] : []));
    expect(refused.filter((code) => code !== "CONFLICT")).toEqual([]);
    const enrollment = await db().enrollment.findFirstOrThrow({
      where: { cohortId: cohort.id },
      include: { statusChanges: true },
    });
    expect(new Set(answered.map((a) => a.id))).toEqual(new Set([enrollment.id]));
    expect(enrollment.statusChanges).toHaveLength(1);
    // a replay later answers the same enrollment; without the key it is refused as already done
    expect((await admin.enrollment.enroll(input)).id).toBe(enrollment.id);
    await expectRefused(admin.enrollment.enroll({ cohortId: cohort.id, memberId: person.memberId }), "CONFLICT", "memberId");
  });
});

describe("intake.record under one idempotency key", () => {
  it("a form sent 10 times at once records one person and one application, and every answer is it", async () => {
    const input = {
      applicant: { newMember: newMember() },
      programId: program.id,
      referralSource: "SELF" as const,
      answers: [],
      idempotencyKey: randomUUID(),
    };
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => admin.intake.record(input)));
    const answered = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as TRPCError).code] : []));
    expect(refused.filter((code) => code !== "CONFLICT")).toEqual([]);
    const members = await db().member.findMany({ where: { lastName: input.applicant.newMember.lastName } });
    expect(members).toHaveLength(1);
    const applications = await db().application.findMany({ where: { memberId: members[0]?.id } });
    expect(applications).toHaveLength(1);
    // a replay is not taken for a duplicate of the person it recorded
    expect(answered.length).toBe(10 - refused.length);
    expect(new Set(answered.map((a) => a.id))).toEqual(new Set([applications[0]?.id]));
  });
});

describe("attendance.record under one idempotency key", () => {
  it("a retried save is answered with the first result and does not undo a correction made in between", async () => {
    const attendanceProgram = await makeProgram(admin, { sessionCount: 4 });
    const cohort = await makeStartedCohort(admin, attendanceProgram, leadId, 0);
    const [session] = await storedSessions(db(), cohort.id);
    if (!session) throw new Error("no session");
    const roster = [await enrollFor(db(), cohort.id), await enrollFor(db(), cohort.id)];
    const save = { sessionId: session.id, marks: marksFor(roster, "PRESENT"), idempotencyKey: randomUUID() };
    const results = await Promise.all(Array.from({ length: 5 }, () => lead.attendance.record(save)));
    expect(results.map((r) => r.created)).toEqual([2, 2, 2, 2, 2]);
    const member = roster[0]?.memberId as string;
    await lead.attendance.record({ sessionId: session.id, marks: marksFor(roster, "PRESENT", { [member]: "LATE" }) });
    expect(await lead.attendance.record(save)).toEqual(results[0]);
    const record = await db().attendanceRecord.findFirstOrThrow({ where: { sessionId: session.id, memberId: member } });
    expect(record.status).toBe("LATE");
    expect(await db().attendanceCorrection.count({ where: { attendanceRecordId: record.id } })).toBe(1);
  });
});
