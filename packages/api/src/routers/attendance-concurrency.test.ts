import { attendedDaysBothWays } from "@circle/db/testing";
import type { AttendanceStatus } from "@circle/validators";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollFor, marksFor, type RosterMember } from "../testing/attendance.ts";
import { type Harness, openHarness } from "../testing/harness.ts";
import { type Caller, makeProgram, makeStartedCohort, storedSessions } from "../testing/programs.ts";

// With DATABASE_URL these saves race on real PostgreSQL connections; on PGlite they queue.
let h: Harness;
let admin: Caller;
let lead: Caller;
let coFacilitator: Caller;
beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN"));
  const leadUser = await h.signedIn("FACILITATOR", { name: "Lena Lead" });
  const coUser = await h.signedIn("FACILITATOR", { name: "Cole Co" });
  lead = leadUser.caller;
  coFacilitator = coUser.caller;
  const program = await makeProgram(admin, { sessionCount: 4 });
  const cohort = await makeStartedCohort(admin, program, leadUser.user.id, 0);
  await admin.cohorts.setFacilitators({
    cohortId: cohort.id,
    facilitators: { leadId: leadUser.user.id, coFacilitatorIds: [coUser.user.id] },
  });
  cohortId = cohort.id;
});
afterAll(() => h.close());
let cohortId: string;

describe("50 saves of the same sheet at once", () => {
  it("leave exactly one record per member and a correction for each real change, the last writer's mark standing", async () => {
    const db = h.services.db;
    const [session] = await storedSessions(db, cohortId);
    if (!session) throw new Error("no session");
    const roster: RosterMember[] = [];
    for (let i = 0; i < 15; i++) roster.push(await enrollFor(db, cohortId));
    const contested = roster[0]?.memberId as string;
    // Two co-facilitators with their own view of one member: present or late; everyone else the same.
    const saves = Array.from({ length: 50 }, (_, i) => {
      const status: AttendanceStatus = i % 2 === 0 ? "PRESENT" : "LATE";
      const caller = i % 2 === 0 ? lead : coFacilitator;
      return caller.attendance.record({ sessionId: session.id, marks: marksFor(roster, "PRESENT", { [contested]: status }) });
    });
    const results = await Promise.allSettled(saves);
    // A save that finds no connection in time is refused as contention (409: try again), saving nothing.
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as TRPCError).code] : []));
    expect(refused.filter((code) => code !== "CONFLICT")).toEqual([]);
    const saved = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(saved.length).toBeGreaterThan(1);

    const records = await db.attendanceRecord.findMany({ where: { sessionId: session.id } });
    expect(records).toHaveLength(15);
    expect(new Set(records.map((r) => r.memberId)).size).toBe(15);
    expect(saved.reduce((sum, s) => sum + s.created, 0)).toBe(15);

    // Every change is in the history, none lost: with two statuses the corrections alternate, so
    // they lead from the first save's mark to the stored one.
    const contestedRecord = records.find((r) => r.memberId === contested);
    const corrections = await db.attendanceCorrection.findMany({ where: { attendanceRecordId: contestedRecord?.id } });
    expect(corrections).toHaveLength(saved.reduce((sum, s) => sum + s.corrected, 0));
    expect(corrections.length).toBeGreaterThan(0);
    expect(await db.attendanceCorrection.count({ where: { attendanceRecord: { sessionId: session.id } } })).toBe(
      corrections.length,
    );
    const toLate = corrections.filter((c) => c.fromStatus === "PRESENT" && c.toStatus === "LATE").length;
    const toPresent = corrections.filter((c) => c.fromStatus === "LATE" && c.toStatus === "PRESENT").length;
    expect(toLate + toPresent).toBe(corrections.length);
    expect(Math.abs(toLate - toPresent)).toBeLessThanOrEqual(1);
    const first = toLate > toPresent ? "PRESENT" : toPresent > toLate ? "LATE" : contestedRecord?.status;
    const last = toLate > toPresent ? "LATE" : toPresent > toLate ? "PRESENT" : first;
    expect(contestedRecord?.status).toBe(last);
    expect(await db.sessionChange.count({ where: { sessionId: session.id, kind: "HELD" } })).toBe(1);
  });
});

/** A started cohort of the same lead, its first two sessions and a roster of `size`. */
async function twoHeldSessionsOfANewCohort(size: number) {
  const db = h.services.db;
  const program = await makeProgram(admin, { sessionCount: 3 });
  const leadUser = await db.cohortFacilitator.findFirstOrThrow({ where: { cohortId }, select: { userId: true } });
  const cohort = await makeStartedCohort(admin, program, leadUser.userId, 14);
  const sessions = (await storedSessions(db, cohort.id)).slice(0, 2);
  const roster: RosterMember[] = [];
  for (let i = 0; i < size; i++) roster.push(await enrollFor(db, cohort.id));
  return { cohort, sessions, roster };
}

describe("saves of two held sheets of one cohort at once", () => {
  it("run side by side on the cohort's shared lock and keep each sheet's records, history and tally whole", async () => {
    const db = h.services.db;
    const { sessions, roster } = await twoHeldSessionsOfANewCohort(10);
    const contested = roster[0]?.memberId as string;
    for (const session of sessions) await lead.attendance.record({ sessionId: session.id, marks: marksFor(roster, "PRESENT") });

    const saves = Array.from({ length: 40 }, (_, i) => {
      const session = sessions[i % 2] as { id: string };
      const status: AttendanceStatus = Math.floor(i / 2) % 2 === 0 ? "LATE" : "PRESENT";
      return lead.attendance.record({
        sessionId: session.id,
        marks: marksFor(roster, "PRESENT", { [contested]: status }),
        reason: "Checked the sign-in sheet",
      });
    });
    const results = await Promise.allSettled(saves);
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as TRPCError).code] : []));
    expect(refused.filter((code) => code !== "CONFLICT")).toEqual([]);

    for (const [index, session] of sessions.entries()) {
      const own = results.flatMap((r, i) => (r.status === "fulfilled" && i % 2 === index ? [r.value] : []));
      const records = await db.attendanceRecord.findMany({ where: { sessionId: session.id } });
      expect(records).toHaveLength(10);
      const corrections = await db.attendanceCorrection.findMany({ where: { attendanceRecord: { sessionId: session.id } } });
      expect(corrections).toHaveLength(own.reduce((sum, s) => sum + s.corrected, 0));
      // Each correction is a real change of the contested mark, and they alternate from the
      // held sheet's PRESENT to the stored mark: none lost, none a no-op.
      const toLate = corrections.filter((c) => c.fromStatus === "PRESENT" && c.toStatus === "LATE").length;
      const toPresent = corrections.filter((c) => c.fromStatus === "LATE" && c.toStatus === "PRESENT").length;
      expect(toLate + toPresent).toBe(corrections.length);
      expect(toLate - toPresent).toBeGreaterThanOrEqual(0);
      expect(toLate - toPresent).toBeLessThanOrEqual(1);
      expect(records.find((r) => r.memberId === contested)?.status).toBe(toLate > toPresent ? "LATE" : "PRESENT");
      expect(await db.attendanceTally.findUnique({ where: { sessionId: session.id } })).toMatchObject({
        present: records.filter((r) => r.status === "PRESENT").length,
        late: records.filter((r) => r.status === "LATE").length,
      });
    }
  });
});

describe("saves of two sheets of one cohort at once, for the same members", () => {
  it("keep each member's attended days equal to their marks", async () => {
    const db = h.services.db;
    const { sessions, roster } = await twoHeldSessionsOfANewCohort(8);
    // Each save changes whether every member attended, in one session or the other: a refresh that
    // read the marks before the other sheet's commit would lose that sheet's days.
    const saves = Array.from({ length: 30 }, (_, i) =>
      lead.attendance.record({
        sessionId: (sessions[i % 2] as { id: string }).id,
        marks: marksFor(roster, Math.floor(i / 2) % 2 === 0 ? "PRESENT" : "ABSENT"),
        reason: "Checked the sign-in sheet",
      }),
    );
    const results = await Promise.allSettled(saves);
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as TRPCError).code] : []));
    expect(refused.filter((code) => code !== "CONFLICT")).toEqual([]);
    const { kept, fromMarks } = await attendedDaysBothWays(db);
    expect(kept).toEqual(fromMarks);
  });
});
