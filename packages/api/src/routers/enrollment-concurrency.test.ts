import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import {
  makeConsentingMember,
  makeProgramWithConsent,
  makeWaitlistedMember,
  type ProgramWithConsent,
} from "../testing/intake.ts";
import { type Caller, makeCohort } from "../testing/programs.ts";

// With DATABASE_URL these calls race on real PostgreSQL connections; on PGlite they queue.
let h: Harness;
let admin: Caller;
let leadId: string;
let program: ProgramWithConsent;
beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN"));
  ({
    user: { id: leadId },
  } = await h.signedIn("FACILITATOR"));
  program = await makeProgramWithConsent(admin);
});
afterAll(() => h.close());

const db = () => h.services.db;
const TODAY = () => new Date().toISOString().slice(0, 10);

/** Splits settled calls into what succeeded and the codes of what was refused. */
function outcomes<T>(results: readonly PromiseSettledResult<T>[]) {
  return {
    done: results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : [])),
    refused: results.flatMap((r) => (r.status === "rejected" ? [(r.reason as TRPCError).code] : [])),
  };
}

async function cohortWithSeated(capacity: number) {
  const cohort = await makeCohort(admin, program, leadId, { capacity, minimumEnrollment: 1 });
  const seated = [];
  for (let i = 0; i < capacity; i++) {
    const person = await makeConsentingMember(admin, db(), program, { cohortId: cohort.id });
    seated.push({
      ...person,
      enrollmentId: (await admin.enrollment.enroll({ cohortId: cohort.id, memberId: person.memberId })).id,
    });
  }
  return { cohort, seated };
}

describe("ending one enrollment from 8 requests at once", () => {
  it("ends it once, with one history row; the other 7 are told it already ended (409)", async () => {
    const { seated } = await cohortWithSeated(1);
    const enrollmentId = seated[0]?.enrollmentId as string;
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        admin.enrollment.end({ enrollmentId, to: i % 2 ? "WITHDREW" : "DROPPED", effectiveOn: TODAY(), reason: `Try ${i}` }),
      ),
    );
    const { done, refused } = outcomes(results);
    expect(done).toHaveLength(1);
    expect(refused).toEqual(Array(7).fill("CONFLICT"));
    const changes = await db().enrollmentStatusChange.findMany({ where: { enrollmentId } });
    expect(changes.map((c) => c.toStatus).sort()).toEqual(["ENROLLED", done[0]?.status].sort());
    expect(await db().auditEvent.count({ where: { entityId: enrollmentId, action: "enrollment.end" } })).toBe(1);
  });
});

describe("answering one waitlist offer twice at once", () => {
  async function offered() {
    const { cohort, seated } = await cohortWithSeated(2);
    const first = await makeWaitlistedMember(admin, db(), program, cohort.id);
    const second = await makeWaitlistedMember(admin, db(), program, cohort.id);
    await admin.enrollment.end({
      enrollmentId: seated[0]?.enrollmentId as string,
      to: "DROPPED",
      effectiveOn: TODAY(),
      reason: "Left",
    });
    expect((await db().waitlistEntry.findUniqueOrThrow({ where: { id: first.entryId } })).status).toBe("OFFERED");
    return { cohort, first, second };
  }

  /** Seats taken: enrolled people plus offers still held. */
  async function seatsTaken(cohortId: string) {
    const [enrolled, held] = await Promise.all([
      db().enrollment.count({ where: { cohortId, status: "ENROLLED" } }),
      db().waitlistEntry.count({ where: { cohortId, status: "OFFERED" } }),
    ]);
    return { enrolled, held };
  }

  it("an accept and a decline: exactly one wins, and the seats never exceed the capacity", async () => {
    for (let round = 0; round < 3; round++) {
      const { cohort, first, second } = await offered();
      const results = await Promise.allSettled([
        admin.enrollment.respondToOffer({ entryId: first.entryId, accept: true }),
        admin.enrollment.respondToOffer({ entryId: first.entryId, accept: false }),
        admin.enrollment.respondToOffer({ entryId: first.entryId, accept: true }),
        admin.enrollment.respondToOffer({ entryId: first.entryId, accept: false }),
      ]);
      const { done, refused } = outcomes(results);
      expect(done).toHaveLength(1);
      expect(refused).toEqual(["CONFLICT", "CONFLICT", "CONFLICT"]);
      const entry = await db().waitlistEntry.findUniqueOrThrow({ where: { id: first.entryId } });
      const accepted = done[0]?.accepted;
      expect(entry.status).toBe(accepted ? "ACCEPTED" : "DECLINED");
      // accepted: two enrolled, no seat held; declined: one enrolled and the seat offered to the next
      expect(await seatsTaken(cohort.id)).toEqual(accepted ? { enrolled: 2, held: 0 } : { enrolled: 1, held: 1 });
      expect((await db().waitlistEntry.findUniqueOrThrow({ where: { id: second.entryId } })).status).toBe(
        accepted ? "WAITING" : "OFFERED",
      );
    }
  });

  it("an accept and a removal from the waitlist: exactly one wins", async () => {
    const { cohort, first } = await offered();
    const results = await Promise.allSettled([
      admin.enrollment.respondToOffer({ entryId: first.entryId, accept: true }),
      admin.enrollment.removeFromWaitlist({ entryId: first.entryId, reason: "Asked to be taken off" }),
      admin.enrollment.removeFromWaitlist({ entryId: first.entryId, reason: "Asked to be taken off" }),
    ]);
    const { done, refused } = outcomes<unknown>(results);
    expect(done).toHaveLength(1);
    expect(refused).toEqual(["CONFLICT", "CONFLICT"]);
    const taken = await seatsTaken(cohort.id);
    expect(taken.enrolled + taken.held).toBe(2);
  });
});

describe("lowering a cohort's capacity while a seat is being taken", () => {
  it("never leaves more people enrolled than seats: one of the two is refused", async () => {
    for (let round = 0; round < 3; round++) {
      const { cohort } = await cohortWithSeated(1);
      await admin.cohorts.update({ cohortId: cohort.id, name: cohort.name, capacity: 2 });
      const person = await makeConsentingMember(admin, db(), program, { cohortId: cohort.id });
      const results = await Promise.allSettled([
        admin.cohorts.update({ cohortId: cohort.id, name: cohort.name, capacity: 1 }),
        admin.enrollment.enroll({ cohortId: cohort.id, memberId: person.memberId }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const { capacity } = await db().cohort.findUniqueOrThrow({ where: { id: cohort.id } });
      expect(await db().enrollment.count({ where: { cohortId: cohort.id, status: "ENROLLED" } })).toBeLessThanOrEqual(capacity);
    }
  });
});

describe("200 enrollments of one member at once", () => {
  it("enroll them once; every other call is a 409, none a 500", async () => {
    const cohort = await makeCohort(admin, program, leadId, { capacity: 10, minimumEnrollment: 1 });
    const person = await makeConsentingMember(admin, db(), program, { cohortId: cohort.id });
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, () => admin.enrollment.enroll({ cohortId: cohort.id, memberId: person.memberId })),
    );
    const { done, refused } = outcomes(results);
    expect(done).toHaveLength(1);
    expect(refused.filter((code) => code !== "CONFLICT")).toEqual([]);
    expect(await db().enrollment.count({ where: { cohortId: cohort.id, memberId: person.memberId } })).toBe(1);
    const enrollment = await db().enrollment.findFirstOrThrow({
      where: { cohortId: cohort.id },
      include: { statusChanges: true },
    });
    expect(enrollment.statusChanges).toHaveLength(1);
  });
});
