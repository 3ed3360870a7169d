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
