import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollFor, marksFor, type RosterMember } from "../testing/attendance.ts";
import { type Harness, openHarness } from "../testing/harness.ts";
import {
  type Caller,
  COHORT_TIME_ZONE,
  MISSING_ID,
  makeProgram,
  makeStartedCohort,
  type Program,
  storedSessions,
  todayIn,
} from "../testing/programs.ts";
import { expectRefused, expectSameAsMissing } from "../testing/refusals.ts";

let h: Harness;
let admin: Caller;
let fay: Caller; // leads the cohorts below
let fayId: string;
let gus: Caller; // facilitates other cohorts
let gusId: string;
let staff: Caller;
let program: Program;

beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN", { name: "Avery Admin" }));
  ({
    caller: fay,
    user: { id: fayId },
  } = await h.signedIn("FACILITATOR", { name: "Fay Fischer" }));
  ({
    caller: gus,
    user: { id: gusId },
  } = await h.signedIn("FACILITATOR", { name: "Gus Green" }));
  ({ caller: staff } = await h.signedIn("STAFF", { name: "Sol Staff" }));
  program = await makeProgram(admin, { sessionCount: 8 });
});
afterAll(() => h.close());

const db = () => h.services.db;

/**
 * A cohort of Fay's whose session 1 was 14 days ago, 2 a week ago, 3 is today, 4 next week;
 * three members from the start, one who joined 3 days ago, one who left 10 days ago.
 */
async function runningCohort(overrides: { programId?: string } = {}) {
  const p = overrides.programId ? { id: overrides.programId, delivery: "IN_PERSON" as const } : program;
  const cohort = await makeStartedCohort(admin, p, fayId, 14);
  const sessions = await storedSessions(db(), cohort.id);
  const regulars = [
    await enrollFor(db(), cohort.id, { firstName: "Ana" }),
    await enrollFor(db(), cohort.id, { firstName: "Ben" }),
    await enrollFor(db(), cohort.id, { firstName: "Cy" }),
  ];
  const lateJoiner = await enrollFor(db(), cohort.id, { firstName: "Dee", joinedDaysAgo: 3 });
  const leaver = await enrollFor(db(), cohort.id, { firstName: "Eli", leftDaysAgo: 10 });
  const session = (n: number) => {
    const found = sessions.find((s) => s.number === n);
    if (!found) throw new Error(`no session ${n}`);
    return found;
  };
  return { cohort, session, regulars, lateJoiner, leaver };
}

const recordsOf = (sessionId: string) => db().attendanceRecord.findMany({ where: { sessionId }, orderBy: { memberId: "asc" } });
const correctionsOf = (sessionId: string) =>
  db().attendanceCorrection.findMany({ where: { attendanceRecord: { sessionId } }, orderBy: { changedAt: "asc" } });
/** Another cohort's facilitator is refused exactly as for an id that does not exist. */
const expectForeign = (call: Promise<unknown>) => expectRefused(call, "NOT_FOUND");
const names = (rows: { member: { firstName: string } }[]) => rows.map((r) => r.member.firstName).sort();

describe("attendance.sheet", () => {
  it("lists the members enrolled on the session's date: late joiners and leavers only where they belong", async () => {
    const { session } = await runningCohort();
    expect(names((await fay.attendance.sheet({ sessionId: session(1).id })).rows)).toEqual(["Ana", "Ben", "Cy", "Eli"]);
    const today = await fay.attendance.sheet({ sessionId: session(3).id });
    expect(names(today.rows)).toEqual(["Ana", "Ben", "Cy", "Dee"]);
    expect(today).toMatchObject({ reasonRequired: false, closedBecause: null, takenBy: [] });
    expect((await fay.attendance.sheet({ sessionId: session(1).id })).reasonRequired).toBe(true);
  });

  it("shows staff the marks without notes, and refuses another cohort's facilitator like a missing session", async () => {
    const { session, regulars } = await runningCohort();
    await fay.attendance.record({
      sessionId: session(3).id,
      marks: [
        ...marksFor(regulars, "PRESENT").slice(1),
        { memberId: regulars[0]?.memberId as string, status: "EXCUSED", note: "At the hospital" },
      ],
    });
    const asStaff = await staff.attendance.sheet({ sessionId: session(3).id });
    expect(asStaff.rows.map((r) => r.record?.note ?? null)).toEqual([null, null, null, null]);
    expect(asStaff.rows.find((r) => r.member.id === regulars[0]?.memberId)?.record?.status).toBe("EXCUSED");
    const asFay = await fay.attendance.sheet({ sessionId: session(3).id });
    expect(asFay.rows.find((r) => r.member.id === regulars[0]?.memberId)?.record?.note).toBe("At the hospital");
    expect(await db().auditEvent.count({ where: { action: "attendance.read_notes", entityId: session(3).id } })).toBe(1);

    await expectForeign(gus.attendance.sheet({ sessionId: session(3).id }));
    await expectRefused(gus.attendance.sheet({ sessionId: MISSING_ID }), "NOT_FOUND");
  });
});

describe("attendance.record", () => {
  it("saves the sheet as one batch, holds the session and starts the cohort, naming who took it", async () => {
    const { cohort, session, regulars, lateJoiner } = await runningCohort();
    const roster = [...regulars, lateJoiner];
    const saved = await fay.attendance.record({
      sessionId: session(3).id,
      marks: marksFor(roster, "PRESENT", { [lateJoiner.memberId]: "LATE" }),
    });
    expect(saved).toEqual({ sessionId: session(3).id, created: 4, corrected: 0, unchanged: 0, sessionStatus: "HELD" });
    expect((await recordsOf(session(3).id)).map((r) => [r.status, r.recordedById])).toEqual(
      expect.arrayContaining([
        ["PRESENT", fayId],
        ["LATE", fayId],
      ]),
    );
    expect(await db().session.findUniqueOrThrow({ where: { id: session(3).id } })).toMatchObject({ status: "HELD" });
    expect(await db().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).toMatchObject({ status: "RUNNING" });
    expect(await db().sessionChange.count({ where: { sessionId: session(3).id, kind: "HELD" } })).toBe(1);
    const sheet = await fay.attendance.sheet({ sessionId: session(3).id });
    expect(sheet.takenBy).toEqual(["Fay Fischer"]);
    expect(sheet.session.status).toBe("HELD");
    expect(await db().auditEvent.count({ where: { action: "attendance.record", entityId: session(3).id } })).toBe(1);
  });

  it("saves nothing when one row is invalid, and names that row's member", async () => {
    const { session, regulars, leaver } = await runningCohort();
    const marks = [...marksFor(regulars, "PRESENT"), { memberId: leaver.memberId, status: "ABSENT" as const, note: null }];
    const error = await expectRefused(
      fay.attendance.record({ sessionId: session(3).id, marks }),
      "BAD_REQUEST",
      "marks.3.memberId",
    );
    expect(error.message).toContain(leaver.name);
    expect(error.message).toContain("was not enrolled on");
    expect(await recordsOf(session(3).id)).toEqual([]);
    expect(await db().session.findUniqueOrThrow({ where: { id: session(3).id } })).toMatchObject({ status: "SCHEDULED" });
  });

  it("refuses someone who is not in the cohort without naming them", async () => {
    const { session, regulars } = await runningCohort();
    const other = await runningCohort();
    const stranger = other.regulars[0] as RosterMember;
    const marks = [...marksFor(regulars, "PRESENT"), { memberId: stranger.memberId, status: "PRESENT" as const, note: null }];
    const error = await expectRefused(
      fay.attendance.record({ sessionId: session(3).id, marks }),
      "BAD_REQUEST",
      "marks.3.memberId",
    );
    expect(error.message).toBe("This person is not enrolled in this cohort");
    expect(error.message).not.toContain(stranger.name);
    expect(await recordsOf(session(3).id)).toEqual([]);
  });

  it("answers a replay of the same sheet with the same marks and no new history", async () => {
    const { session, regulars } = await runningCohort();
    const input = {
      sessionId: session(3).id,
      marks: marksFor(regulars, "PRESENT", { [regulars[1]?.memberId as string]: "ABSENT" }),
    };
    await fay.attendance.record(input);
    const before = await recordsOf(session(3).id);
    expect(await fay.attendance.record(input)).toMatchObject({ created: 0, corrected: 0, unchanged: 3, sessionStatus: "HELD" });
    expect(await admin.attendance.record(input)).toMatchObject({ created: 0, corrected: 0, unchanged: 3 });
    expect(await recordsOf(session(3).id)).toEqual(before);
    expect(await correctionsOf(session(3).id)).toEqual([]);
  });

  it("keeps every change as a correction: who, when, from what to what, and why once the session is a day old", async () => {
    const { session, regulars } = await runningCohort();
    const ana = regulars[0] as RosterMember;
    await fay.attendance.record({ sessionId: session(2).id, marks: marksFor(regulars, "PRESENT") });
    const changed = marksFor(regulars, "PRESENT", { [ana.memberId]: "EXCUSED" });
    const noReason = await expectRefused(
      fay.attendance.record({ sessionId: session(2).id, marks: changed }),
      "BAD_REQUEST",
      "reason",
    );
    expect(noReason.message).toBe("Say why you are changing attendance recorded more than a day after the session");
    expect(await correctionsOf(session(2).id)).toEqual([]);

    const note = "Called ahead: a family emergency";
    const corrected = await admin.attendance.record({
      sessionId: session(2).id,
      marks: marksFor(regulars, "PRESENT").map((m) =>
        m.memberId === ana.memberId ? { ...m, status: "EXCUSED" as const, note } : m,
      ),
      reason: "She had phoned the office",
    });
    expect(corrected).toMatchObject({ created: 0, corrected: 1, unchanged: 2 });
    const [correction] = await correctionsOf(session(2).id);
    expect(correction).toMatchObject({
      fromStatus: "PRESENT",
      toStatus: "EXCUSED",
      fromNote: null,
      toNote: note,
      reason: "She had phoned the office",
    });
    const sheet = await fay.attendance.sheet({ sessionId: session(2).id });
    const row = sheet.rows.find((r) => r.member.id === ana.memberId);
    expect(row?.record).toMatchObject({ status: "EXCUSED", note, recordedBy: { name: "Fay Fischer" } });
    expect(row?.record?.corrections).toEqual([
      expect.objectContaining({ toStatus: "EXCUSED", changedBy: { name: "Avery Admin" } }),
    ]);
    const history = await fay.attendance.memberAttendance({ memberId: ana.memberId });
    expect(history[0]?.sessions.find((s) => s.id === session(2).id)?.record?.corrections).toHaveLength(1);

    // today's session is not a day old: a change needs no reason
    await fay.attendance.record({ sessionId: session(3).id, marks: marksFor(regulars, "PRESENT") });
    await fay.attendance.record({ sessionId: session(3).id, marks: marksFor(regulars, "PRESENT", { [ana.memberId]: "LATE" }) });
    expect(await correctionsOf(session(3).id)).toEqual([
      expect.objectContaining({ fromStatus: "PRESENT", toStatus: "LATE", reason: "" }),
    ]);
  });

  it("refuses cancelled sessions and sessions more than a day ahead, naming the session", async () => {
    const { session, regulars } = await runningCohort();
    await fay.sessions.cancel({ sessionId: session(2).id, reason: "Snow" });
    const cancelled = await expectRefused(
      fay.attendance.record({ sessionId: session(2).id, marks: marksFor(regulars, "PRESENT") }),
      "BAD_REQUEST",
      "sessionId",
    );
    expect(cancelled.message).toBe("Session 2 was cancelled: there is no attendance to take");
    const future = await expectRefused(
      fay.attendance.record({ sessionId: session(4).id, marks: marksFor(regulars, "PRESENT") }),
      "BAD_REQUEST",
      "sessionId",
    );
    expect(future.message).toMatch(/^Session 4 is on \d{4}-\d\d-\d\d: attendance opens a day before at the earliest$/);
    expect(await recordsOf(session(2).id)).toEqual([]);
    expect(await recordsOf(session(4).id)).toEqual([]);
    expect((await fay.attendance.sheet({ sessionId: session(2).id })).closedBecause).toBe("This session was cancelled");
  });

  it("refuses bad input with the field named, never a 500", async () => {
    const { session, regulars } = await runningCohort();
    const ana = regulars[0] as RosterMember;
    await expectRefused(fay.attendance.record({ sessionId: session(3).id, marks: [] }), "BAD_REQUEST", "marks");
    await expectRefused(
      // @ts-expect-error an unknown status, as a hand-made request might send
      fay.attendance.record({ sessionId: session(3).id, marks: [{ memberId: ana.memberId, status: "HERE" }] }),
      "BAD_REQUEST",
      "marks.0.status",
    );
    await expectRefused(
      fay.attendance.record({ sessionId: session(3).id, marks: [...marksFor([ana], "PRESENT"), ...marksFor([ana], "ABSENT")] }),
      "BAD_REQUEST",
      "marks.1.memberId",
    );
    await expectRefused(
      fay.attendance.record({
        sessionId: session(3).id,
        marks: [{ memberId: ana.memberId, status: "PRESENT", note: "x".repeat(281) }],
      }),
      "BAD_REQUEST",
      "marks.0.note",
    );
  });

  it("lets only the cohort's facilitators and admins write: other facilitators and staff are refused, foreign ids like missing ones", async () => {
    const { session, regulars } = await runningCohort();
    const marks = marksFor(regulars, "PRESENT");
    await expectForeign(gus.attendance.record({ sessionId: session(3).id, marks }));
    await expectRefused(gus.attendance.record({ sessionId: MISSING_ID, marks }), "NOT_FOUND");
    await expectRefused(staff.attendance.record({ sessionId: session(3).id, marks }), "FORBIDDEN");
    expect(await recordsOf(session(3).id)).toEqual([]);
    // a co-facilitator added later may take it
    await admin.cohorts.setFacilitators({
      cohortId: (await db().session.findUniqueOrThrow({ where: { id: session(3).id } })).cohortId,
      facilitators: { leadId: fayId, coFacilitatorIds: [gusId] },
    });
    expect(await gus.attendance.record({ sessionId: session(3).id, marks })).toMatchObject({ created: 3 });
  });
});

describe("progress", () => {
  it("gives each member and the cohort their statistics, and the grid every mark", async () => {
    const { cohort, session, regulars, lateJoiner, leaver } = await runningCohort();
    const [ana, ben, cy] = regulars as [RosterMember, RosterMember, RosterMember];
    await fay.attendance.record({
      sessionId: session(1).id,
      marks: [...marksFor(regulars, "PRESENT"), ...marksFor([leaver], "ABSENT")],
    });
    await fay.attendance.record({
      sessionId: session(2).id,
      marks: marksFor(regulars, "PRESENT", { [ben.memberId]: "ABSENT", [cy.memberId]: "EXCUSED" }),
    });
    await fay.attendance.record({
      sessionId: session(3).id,
      marks: marksFor([...regulars, lateJoiner], "PRESENT", { [ben.memberId]: "ABSENT", [ana.memberId]: "LEFT_EARLY" }),
    });
    const progress = await staff.attendance.cohortProgress({ cohortId: cohort.id });
    expect(progress.summary).toMatchObject({ held: 3, everEnrolled: 5, retained: 4, retention: 0.8 });
    expect(progress.summary.perSession.map((s) => [s.number, s.onRoster, s.attended, s.excused, s.absent])).toEqual([
      [1, 4, 3, 0, 1],
      [2, 3, 1, 1, 1],
      [3, 4, 3, 0, 1],
    ]);
    const standing = (m: RosterMember) => progress.members.find((row) => row.member.id === m.memberId)?.standing;
    expect(standing(ana)).toMatchObject({ held: 3, attended: 3, rate: 1, consecutiveAbsences: 0, atRisk: false });
    expect(standing(ben)).toMatchObject({ attended: 1, absent: 2, consecutiveAbsences: 2, atRisk: true, needsFollowUp: true });
    expect(standing(ben)?.modulesMissed.map((m) => m.title)).toEqual(["Week 2", "Week 3"]);
    expect(standing(cy)).toMatchObject({ attended: 2, excused: 1, rate: 1 });
    expect(standing(lateJoiner)).toMatchObject({ held: 1, attended: 1 });
    expect(standing(leaver)).toMatchObject({ held: 1, absent: 1, needsFollowUp: false });
    // one mark per session, in the sessions' order (null where none)
    const anaMarks: Record<string, string> = {
      [session(1).id]: "PRESENT",
      [session(2).id]: "PRESENT",
      [session(3).id]: "LEFT_EARLY",
    };
    expect(progress.members.find((row) => row.member.id === ana.memberId)?.marks).toEqual(
      progress.sessions.map((s) => anaMarks[s.id] ?? null),
    );
    expect(progress.summary.averageRate).toBeCloseTo((1 + 1 / 3 + 1 + 1 + 0) / 5);

    const mine = await fay.attendance.memberAttendance({ memberId: ben.memberId });
    expect(mine).toHaveLength(1);
    expect(mine[0]?.standing).toMatchObject({ consecutiveAbsences: 2, rate: 1 / 3 });
    await expectForeign(gus.attendance.memberAttendance({ memberId: ben.memberId }));
    await expectRefused(staff.attendance.memberAttendance({ memberId: ben.memberId }), "FORBIDDEN");
    await expectForeign(gus.attendance.cohortProgress({ cohortId: cohort.id }));

    // The roster carries the same standing, for staff too (figures, not notes).
    const roster = await staff.enrollment.roster({ cohortId: cohort.id });
    const onRoster = (m: RosterMember) => roster.enrollments.find((e) => e.member.id === m.memberId)?.progress;
    expect(onRoster(ben)).toEqual({
      held: 3,
      attended: 1,
      excused: 0,
      rate: 1 / 3,
      consecutiveAbsences: 2,
      modulesMissed: 2,
      atRisk: true,
      needsFollowUp: true,
    });
    expect(onRoster(ana)).toMatchObject({ rate: 1, consecutiveAbsences: 0, atRisk: false });
    expect(onRoster(leaver)).toMatchObject({ held: 1, rate: 0, atRisk: false, needsFollowUp: false });
    // the roster's count of held sessions; once one is held, nobody is awaited for consent
    expect(await fay.enrollment.roster({ cohortId: cohort.id })).toMatchObject({ heldSessions: 3, awaitingConsent: null });
  });

  it("completing the cohort settles each open enrollment by the program's rule, with history", async () => {
    const strict = await makeProgram(admin, { sessionCount: 3, completionPercent: 60 });
    const cohort = await makeStartedCohort(admin, strict, fayId, 14);
    const sessions = await storedSessions(db(), cohort.id);
    const [kim, lou] = [
      await enrollFor(db(), cohort.id, { firstName: "Kim" }),
      await enrollFor(db(), cohort.id, { firstName: "Lou" }),
    ];
    const leaver = await enrollFor(db(), cohort.id, { firstName: "Max", leftDaysAgo: 10 });
    const pattern = [
      { [lou.memberId]: "ABSENT" as const },
      { [lou.memberId]: "ABSENT" as const },
      { [kim.memberId]: "ABSENT" as const },
    ];
    for (const [i, session] of sessions.entries())
      await fay.attendance.record({ sessionId: session.id, marks: marksFor([kim, lou], "PRESENT", pattern[i]) });
    await admin.cohorts.changeStatus({ cohortId: cohort.id, status: "COMPLETED", reason: "Last session held" });
    const status = async (m: RosterMember) => (await db().enrollment.findUniqueOrThrow({ where: { id: m.enrollmentId } })).status;
    expect([await status(kim), await status(lou), await status(leaver)]).toEqual(["COMPLETED", "NOT_COMPLETED", "WITHDREW"]);
    const change = await db().enrollmentStatusChange.findFirstOrThrow({ where: { enrollmentId: lou.enrollmentId } });
    expect(change).toMatchObject({
      fromStatus: "ENROLLED",
      toStatus: "NOT_COMPLETED",
      reason: "Attended 1 of 3 sessions (33%); completion asks 60%",
    });
    const progress = await admin.attendance.cohortProgress({ cohortId: cohort.id });
    expect(progress.summary).toMatchObject({ everEnrolled: 3, retained: 2, completing: 1 });
    expect(progress.completionPercent).toBe(60);
  });
});

describe("follow-up list", () => {
  it("shows a member after consecutive absences until someone follows up; a withdrawal can then end the enrollment", async () => {
    const { cohort, session, regulars } = await runningCohort();
    const ben = regulars[1] as RosterMember;
    await fay.attendance.record({ sessionId: session(2).id, marks: marksFor(regulars, "PRESENT", { [ben.memberId]: "ABSENT" }) });
    expect(await fay.attendance.followUps({ cohortId: cohort.id })).toEqual([]);
    await fay.attendance.record({ sessionId: session(3).id, marks: marksFor(regulars, "PRESENT", { [ben.memberId]: "ABSENT" }) });
    const list = await fay.attendance.followUps({ cohortId: cohort.id });
    expect(list).toEqual([
      expect.objectContaining({
        enrollmentId: ben.enrollmentId,
        consecutiveAbsences: 2,
        lastAbsence: expect.objectContaining({ sessionId: session(3).id, number: 3 }),
      }),
    ]);
    const home = await fay.attendance.home({ from: new Date(Date.now() - 86_400_000) });
    expect(home.followUps.map((f) => f.enrollmentId)).toContain(ben.enrollmentId);
    expect((await gus.attendance.home({ from: new Date() })).followUps).toEqual([]);

    // the cohort's own today: in the hours after midnight UTC, Chicago is still on the day before
    const today = todayIn(COHORT_TIME_ZONE);
    await expectRefused(
      fay.attendance.recordFollowUp({
        cohortId: cohort.id,
        enrollmentId: ben.enrollmentId,
        outcome: "CONTACTED",
        contactedOn: "2999-01-01",
        note: "x",
      }),
      "BAD_REQUEST",
      "contactedOn",
    );
    await expectForeign(
      gus.attendance.recordFollowUp({
        cohortId: cohort.id,
        enrollmentId: ben.enrollmentId,
        outcome: "CONTACTED",
        contactedOn: today,
        note: "x",
      }),
    );
    await expectRefused(
      staff.attendance.recordFollowUp({
        cohortId: cohort.id,
        enrollmentId: ben.enrollmentId,
        outcome: "CONTACTED",
        contactedOn: today,
        note: "x",
      }),
      "FORBIDDEN",
    );
    // another cohort's enrollment through this cohort's id is not found
    const other = await runningCohort();
    await expectRefused(
      fay.attendance.recordFollowUp({
        cohortId: cohort.id,
        enrollmentId: other.regulars[0]?.enrollmentId as string,
        outcome: "CONTACTED",
        contactedOn: today,
        note: "x",
      }),
      "NOT_FOUND",
    );

    const followUp = await fay.attendance.recordFollowUp({
      cohortId: cohort.id,
      enrollmentId: ben.enrollmentId,
      outcome: "MEMBER_WITHDREW",
      contactedOn: today,
      note: "Has started a new job on Thursdays",
    });
    expect(followUp).toMatchObject({ outcome: "MEMBER_WITHDREW", sessionId: session(3).id });
    expect(await fay.attendance.followUps({ cohortId: cohort.id })).toEqual([]);
    // ending the enrollment stays with admins (enrollment.end)
    await admin.enrollment.end({ enrollmentId: ben.enrollmentId, to: "WITHDREW", effectiveOn: today, reason: "New job" });
    expect(await db().enrollment.findUniqueOrThrow({ where: { id: ben.enrollmentId } })).toMatchObject({ status: "WITHDREW" });
  });

  it("uses the program's own threshold over the organisation's, and lets a member who attends again leave the list", async () => {
    const patient = await makeProgram(admin, { sessionCount: 8, followUpAfterAbsences: 3 });
    const { cohort, session, regulars } = await runningCohort({ programId: patient.id });
    const ben = regulars[1] as RosterMember;
    for (const n of [1, 2])
      await fay.attendance.record({
        sessionId: session(n).id,
        marks: marksFor(regulars, "PRESENT", { [ben.memberId]: "ABSENT" }),
      });
    expect(await fay.attendance.followUps({ cohortId: cohort.id })).toEqual([]);
    await fay.attendance.record({ sessionId: session(3).id, marks: marksFor(regulars, "PRESENT", { [ben.memberId]: "ABSENT" }) });
    expect((await fay.attendance.followUps({ cohortId: cohort.id })).map((f) => f.enrollmentId)).toEqual([ben.enrollmentId]);
    await fay.attendance.record({ sessionId: session(3).id, marks: marksFor(regulars, "PRESENT") });
    expect(await fay.attendance.followUps({ cohortId: cohort.id })).toEqual([]);
    const nothing = await expectRefused(
      fay.attendance.recordFollowUp({
        cohortId: cohort.id,
        enrollmentId: ben.enrollmentId,
        outcome: "CONTACTED",
        contactedOn: "2026-01-01",
        note: "x",
      }),
      "BAD_REQUEST",
      "enrollmentId",
    );
    expect(nothing.message).toContain("nothing to follow up");
  });
});

describe("home", () => {
  it("shows today's sessions with who took attendance, past sessions not taken, and each cohort's rate", async () => {
    const { cohort, session, regulars } = await runningCohort();
    const from = new Date(session(3).startsAt.getTime() - 60_000);
    let home = await fay.attendance.home({ from });
    expect(home.today.find((s) => s.id === session(3).id)).toMatchObject({ marked: 0, takenBy: [] });
    expect(home.notTaken.map((s) => s.id)).toContain(session(2).id);
    await admin.attendance.record({ sessionId: session(3).id, marks: marksFor(regulars, "PRESENT") });
    await fay.attendance.record({
      sessionId: session(2).id,
      marks: marksFor(regulars, "PRESENT", { [regulars[0]?.memberId as string]: "ABSENT" }),
    });
    home = await fay.attendance.home({ from });
    expect(home.today.find((s) => s.id === session(3).id)).toMatchObject({ marked: 3, takenBy: ["Avery Admin"] });
    expect(home.notTaken.map((s) => s.id)).not.toContain(session(2).id);
    expect(home.cohortRates.find((c) => c.cohortId === cohort.id)).toMatchObject({ held: 2, averageRate: (0.5 + 1 + 1) / 3 });
  });
});

describe("attendance letter", () => {
  it("lists the sessions a member attended with the program, lead and organisation, and is audited", async () => {
    await admin.settings.update({ organisationName: "Riverside Community Counselling" });
    const { cohort, session, regulars } = await runningCohort();
    const ana = regulars[0] as RosterMember;
    await fay.attendance.record({ sessionId: session(1).id, marks: marksFor(regulars, "PRESENT") });
    await fay.attendance.record({ sessionId: session(2).id, marks: marksFor(regulars, "PRESENT", { [ana.memberId]: "ABSENT" }) });
    await fay.attendance.record({ sessionId: session(3).id, marks: marksFor(regulars, "LATE") });
    const letter = await fay.attendance.letter({ cohortId: cohort.id, memberId: ana.memberId });
    expect(letter).toMatchObject({
      organisationName: "Riverside Community Counselling",
      program: program.name,
      cohort: cohort.name,
      facilitator: "Fay Fischer",
      attended: [
        expect.objectContaining({ number: 1, module: "Week 1" }),
        expect.objectContaining({ number: 3, module: "Week 3" }),
      ],
    });
    expect(await db().auditEvent.count({ where: { action: "attendance.produce_letter", entityId: ana.enrollmentId } })).toBe(1);
    await expectRefused(staff.attendance.letter({ cohortId: cohort.id, memberId: ana.memberId }), "FORBIDDEN");
    await expectForeign(gus.attendance.letter({ cohortId: cohort.id, memberId: ana.memberId }));
    const other = await runningCohort();
    // Another cohort's member, or a cohort Gus does not run, answer exactly as missing ones.
    await expectSameAsMissing(
      fay.attendance.letter({ cohortId: cohort.id, memberId: other.regulars[0]?.memberId as string }),
      fay.attendance.letter({ cohortId: cohort.id, memberId: MISSING_ID }),
      "Member",
    );
    await expectSameAsMissing(
      gus.attendance.letter({ cohortId: cohort.id, memberId: ana.memberId }),
      gus.attendance.letter({ cohortId: MISSING_ID, memberId: ana.memberId }),
      "Cohort",
    );
    expect(await db().auditEvent.count({ where: { action: "attendance.produce_letter", entityId: ana.enrollmentId } })).toBe(1);
  });
});

describe("session notes", () => {
  it("in a therapy program are signed by the lead and locked; later changes are addenda; reads are audited", async () => {
    const therapy = await makeProgram(admin, { groupType: "THERAPY", leadership: "PROFESSIONALLY_LED", sessionCount: 8 });
    await db().credential.create({ data: { userId: fayId, kind: "PROFESSIONAL_LICENCE", title: "LCSW" } });
    const { session } = await runningCohort({ programId: therapy.id });
    const sessionId = session(3).id;
    expect(await fay.attendance.note({ sessionId })).toMatchObject({ note: null, signatureRequired: true, maySign: true });
    await fay.attendance.saveNote({
      sessionId,
      covered: "Grounding skills",
      moduleDelivered: true,
      carryForward: "Check in with Ben",
    });
    const saved = await fay.attendance.saveNote({
      sessionId,
      covered: "Grounding skills, then distress tolerance",
      moduleDelivered: true,
    });
    expect(saved).toMatchObject({
      covered: "Grounding skills, then distress tolerance",
      signedAt: null,
      writtenBy: { name: "Fay Fischer" },
    });
    await expectRefused(fay.attendance.addAddendum({ sessionId, body: "Too early" }), "BAD_REQUEST", "body");

    await fay.attendance.signNote({ sessionId });
    const locked = await expectRefused(
      fay.attendance.saveNote({ sessionId, covered: "Rewritten", moduleDelivered: true }),
      "BAD_REQUEST",
      "covered",
    );
    expect(locked.message).toBe("This note is signed and locked: add an addendum instead");
    await expectRefused(fay.attendance.signNote({ sessionId }), "BAD_REQUEST", "sessionId");
    await admin.attendance.addAddendum({ sessionId, body: "Ben called afterwards; referred to his GP" });
    const read = await fay.attendance.note({ sessionId });
    expect(read.note).toMatchObject({
      covered: "Grounding skills, then distress tolerance",
      signedBy: { name: "Fay Fischer" },
      addenda: [
        expect.objectContaining({ body: "Ben called afterwards; referred to his GP", writtenBy: { name: "Avery Admin" } }),
      ],
    });
    expect(await db().auditEvent.count({ where: { action: "session_note.read", entityId: read.note?.id } })).toBe(1);

    await expectRefused(staff.attendance.note({ sessionId }), "FORBIDDEN");
    await expectForeign(gus.attendance.note({ sessionId }));
    await expectForeign(gus.attendance.saveNote({ sessionId, covered: "x", moduleDelivered: true }));
  });

  it("in a therapy program are written by any of its facilitators but signed by the lead alone", async () => {
    const therapy = await makeProgram(admin, { groupType: "THERAPY", leadership: "PROFESSIONALLY_LED", sessionCount: 4 });
    if (!(await db().credential.findFirst({ where: { userId: fayId } })))
      await db().credential.create({ data: { userId: fayId, kind: "PROFESSIONAL_LICENCE", title: "LCSW" } });
    const cohort = await makeStartedCohort(admin, therapy, fayId, 7, {
      facilitators: { leadId: fayId, coFacilitatorIds: [gusId] },
    });
    const [first] = await storedSessions(db(), cohort.id);
    const sessionId = first?.id as string;
    await gus.attendance.saveNote({ sessionId, covered: "Co-facilitated: check-in and grounding", moduleDelivered: true });
    expect(await gus.attendance.note({ sessionId })).toMatchObject({ signatureRequired: true, maySign: false });
    const refused = await expectRefused(gus.attendance.signNote({ sessionId }), "FORBIDDEN");
    expect(refused.message).toBe("Only the cohort's lead facilitator signs its notes");
    await expectRefused(admin.attendance.signNote({ sessionId }), "FORBIDDEN");
    expect(await fay.attendance.signNote({ sessionId })).toMatchObject({
      signedBy: { name: "Fay Fischer" },
      writtenBy: { name: "Gus Green" },
    });
  });

  it("are never shown to staff, and another cohort's session is answered as a missing one", async () => {
    const { session } = await runningCohort();
    const sessionId = session(3).id;
    await fay.attendance.saveNote({ sessionId, covered: "Naming losses", moduleDelivered: true });
    const note = { covered: "x", moduleDelivered: true };
    await expectRefused(staff.attendance.note({ sessionId }), "FORBIDDEN");
    await expectRefused(staff.attendance.saveNote({ sessionId, ...note }), "FORBIDDEN");
    await expectRefused(staff.attendance.signNote({ sessionId }), "FORBIDDEN");
    await expectRefused(staff.attendance.addAddendum({ sessionId, body: "x" }), "FORBIDDEN");
    await expectSameAsMissing(gus.attendance.note({ sessionId }), gus.attendance.note({ sessionId: MISSING_ID }), "Session");
    await expectSameAsMissing(
      gus.attendance.saveNote({ sessionId, ...note }),
      gus.attendance.saveNote({ sessionId: MISSING_ID, ...note }),
      "Session",
    );
    await expectSameAsMissing(
      gus.attendance.signNote({ sessionId }),
      gus.attendance.signNote({ sessionId: MISSING_ID }),
      "Session",
    );
    await expectSameAsMissing(
      gus.attendance.addAddendum({ sessionId, body: "x" }),
      gus.attendance.addAddendum({ sessionId: MISSING_ID, body: "x" }),
      "Session",
    );
    // Nothing was read or changed for them: the note is as Fay saved it, and only Fay's reads are on record.
    const { note: kept } = await fay.attendance.note({ sessionId });
    expect(kept).toMatchObject({ covered: "Naming losses", signedAt: null });
    const reads = await db().auditEvent.findMany({
      where: { action: "session_note.read", entityId: kept?.id },
      select: { actorId: true },
    });
    expect(reads).toHaveLength(1);
    expect(reads.every((r) => r.actorId !== gusId)).toBe(true);
  });

  it("elsewhere stay editable, name the module delivered instead, and are signed by no one", async () => {
    const { session } = await runningCohort();
    const sessionId = session(3).id;
    const week5 = program.modules[4];
    const note = await fay.attendance.saveNote({
      sessionId,
      covered: "Anniversaries",
      moduleDelivered: false,
      deliveredModuleId: week5?.id ?? null,
    });
    expect(note.deliveredModule).toMatchObject({ title: "Week 5" });
    await expectRefused(fay.attendance.signNote({ sessionId }), "BAD_REQUEST", "sessionId");
    const elsewhere = await makeProgram(admin, { sessionCount: 1 });
    await expectRefused(
      fay.attendance.saveNote({
        sessionId,
        covered: "x",
        moduleDelivered: false,
        deliveredModuleId: elsewhere.modules[0]?.id ?? null,
      }),
      "BAD_REQUEST",
      "deliveredModuleId",
    );
    await expectRefused(
      fay.attendance.saveNote({ sessionId: session(4).id, covered: "x", moduleDelivered: true }),
      "BAD_REQUEST",
      "sessionId",
    );
    expect(await fay.attendance.note({ sessionId })).toMatchObject({ signatureRequired: false, maySign: false });
  });
});
