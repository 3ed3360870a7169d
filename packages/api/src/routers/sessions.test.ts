import { WEEK_SESSION_LIMIT } from "@circle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import {
  addDays,
  type Caller,
  localDateTime,
  makeCohort,
  makeProgram,
  makeStartedCohort,
  type Program,
  storedSessions,
  todayIn,
} from "../testing/programs.ts";
import { expectRefused } from "../testing/refusals.ts";

const CHICAGO = "America/Chicago";

let h: Harness;
let admin: Caller;
let fay: Caller; // a facilitator with cohorts of her own
let fayId: string;
let gus: Caller; // another facilitator
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
  ({ caller: staff } = await h.signedIn("STAFF"));
  program = await makeProgram(admin, { sessionCount: 8, sessionLengthMinutes: 90 });
});
afterAll(() => h.close());

const db = () => h.services.db;
const sessionsOf = (cohortId: string) => storedSessions(db(), cohortId);
async function sessionOf(cohortId: string, number: number) {
  const session = (await sessionsOf(cohortId)).find((s) => s.number === number);
  if (!session) throw new Error(`no session ${number}`);
  return session;
}
const cohortStatus = async (cohortId: string) => (await db().cohort.findUniqueOrThrow({ where: { id: cohortId } })).status;
const changesOf = (sessionId: string) =>
  db().sessionChange.findMany({ where: { sessionId }, include: { changedBy: { select: { name: true } } } });

describe("sessions.markHeld", () => {
  it("holding the first session makes the cohort RUNNING, with history naming who held it", async () => {
    const cohort = await makeStartedCohort(admin, program, fayId, 14); // sessions 14 and 7 days ago, today, …
    const first = await sessionOf(cohort.id, 1);
    expect(await fay.sessions.markHeld({ sessionId: first.id })).toMatchObject({ sessionId: first.id, status: "HELD" });

    expect(await sessionOf(cohort.id, 1)).toMatchObject({ status: "HELD", heldAt: expect.any(Date) });
    expect(await cohortStatus(cohort.id)).toBe("RUNNING");
    const detail = await fay.cohorts.get({ cohortId: cohort.id });
    expect(detail.statusChanges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          fromStatus: "PLANNED",
          toStatus: "RUNNING",
          reason: "Session 1 held",
          changedBy: { name: "Fay Fischer" },
        }),
      ]),
    );
    expect(detail).toMatchObject({ heldSessions: 1, enrollmentLocked: true });
    expect(await changesOf(first.id)).toEqual([expect.objectContaining({ kind: "HELD", changedBy: { name: "Fay Fischer" } })]);

    // the next sessions held leave the status alone and add no status history
    await fay.sessions.markHeld({ sessionId: (await sessionOf(cohort.id, 2)).id });
    await fay.sessions.markHeld({ sessionId: (await sessionOf(cohort.id, 3)).id }); // today
    expect(await cohortStatus(cohort.id)).toBe("RUNNING");
    expect((await fay.cohorts.get({ cohortId: cohort.id })).statusChanges).toHaveLength(2);
  });

  it("an open-for-intake cohort starts running the same way", async () => {
    const cohort = await makeStartedCohort(admin, program, fayId, 0);
    await admin.cohorts.changeStatus({ cohortId: cohort.id, status: "OPEN_FOR_INTAKE", reason: "Intake open" });
    await fay.sessions.markHeld({ sessionId: (await sessionOf(cohort.id, 1)).id });
    expect(await cohortStatus(cohort.id)).toBe("RUNNING");
  });

  it("refuses a session before its local day, and one already held", async () => {
    const cohort = await makeStartedCohort(admin, program, fayId, 6); // session 2 is tomorrow
    const tomorrow = await sessionOf(cohort.id, 2);
    const early = await expectRefused(fay.sessions.markHeld({ sessionId: tomorrow.id }), "BAD_REQUEST", "sessionId");
    expect(early.message).toBe("A session can be marked held from its day on, not before");
    await expectRefused(fay.sessions.markHeld({ sessionId: (await sessionOf(cohort.id, 5)).id }), "BAD_REQUEST", "sessionId");
    expect(await sessionOf(cohort.id, 2)).toMatchObject({ status: "SCHEDULED", heldAt: null });
    expect(await cohortStatus(cohort.id)).toBe("PLANNED");

    const first = await sessionOf(cohort.id, 1);
    await fay.sessions.markHeld({ sessionId: first.id });
    const twice = await expectRefused(fay.sessions.markHeld({ sessionId: first.id }), "BAD_REQUEST", "sessionId");
    expect(twice.message).toBe("This session is already held");
    expect(await changesOf(first.id)).toHaveLength(1);
  });

  it("refuses sessions of a cancelled cohort", async () => {
    const cohort = await makeStartedCohort(admin, program, fayId, 0);
    await admin.cohorts.changeStatus({ cohortId: cohort.id, status: "CANCELLED", reason: "Facilitator ill" });
    const error = await expectRefused(fay.sessions.markHeld({ sessionId: (await sessionOf(cohort.id, 1)).id }), "BAD_REQUEST");
    expect(error.message).toBe("This cohort is cancelled");
    await expectRefused(fay.sessions.cancel({ sessionId: (await sessionOf(cohort.id, 2)).id, reason: "x" }), "BAD_REQUEST");
  });
});

describe("sessions.cancel", () => {
  it("cancels with a reason and adds a make-up session a week after the last, on the same module", async () => {
    const cohort = await makeCohort(admin, program, fayId);
    const before = await sessionsOf(cohort.id);
    const third = before[2];
    const last = before.at(-1);
    if (!third || !last) throw new Error("sessions missing");

    const result = await fay.sessions.cancel({ sessionId: third.id, reason: "Building closed", addMakeUp: true });
    expect(await sessionOf(cohort.id, 3)).toMatchObject({ status: "CANCELLED", cancelReason: "Building closed" });

    const after = await sessionsOf(cohort.id);
    expect(after).toHaveLength(9);
    const makeUp = after.at(-1);
    expect(result).toEqual({ sessionId: third.id, makeUpId: makeUp?.id });
    expect(makeUp).toMatchObject({
      number: 9,
      isMakeUp: true,
      status: "SCHEDULED",
      moduleId: third.moduleId,
      durationMinutes: 90,
    });
    // a week after the last session, at the same local time (the default cohort runs into March's clock change)
    const lastLocal = localDateTime(last.startsAt, CHICAGO);
    expect(localDateTime(makeUp?.startsAt as Date, CHICAGO)).toBe(`${addDays(lastLocal.slice(0, 10), 7)} 18:30`);
    expect(await changesOf(third.id)).toEqual([
      expect.objectContaining({ kind: "CANCELLED", reason: "Building closed", changedBy: { name: "Fay Fischer" } }),
    ]);
    expect(await changesOf(makeUp?.id as string)).toEqual([
      expect.objectContaining({ kind: "MAKE_UP_ADDED", toStartsAt: makeUp?.startsAt, reason: "Make-up for session 3" }),
    ]);

    // a second make-up goes a week after the first one
    await fay.sessions.cancel({ sessionId: (await sessionOf(cohort.id, 4)).id, reason: "Ice", addMakeUp: true });
    const second = await sessionOf(cohort.id, 10);
    expect(second).toMatchObject({ isMakeUp: true, moduleId: before[3]?.moduleId });
    expect(localDateTime(second.startsAt, CHICAGO)).toBe(`${addDays(lastLocal.slice(0, 10), 14)} 18:30`);
  });

  it("without a make-up only the one session is cancelled; it cannot be cancelled twice; a reason is required", async () => {
    const cohort = await makeCohort(admin, program, fayId);
    const second = await sessionOf(cohort.id, 2);
    await expectRefused(fay.sessions.cancel({ sessionId: second.id, reason: "  " }), "BAD_REQUEST", "reason");
    await fay.sessions.cancel({ sessionId: second.id, reason: "Holiday" });
    expect(await sessionsOf(cohort.id)).toHaveLength(8);
    const twice = await expectRefused(fay.sessions.cancel({ sessionId: second.id, reason: "Again" }), "BAD_REQUEST", "sessionId");
    expect(twice.message).toBe("This session is already cancelled");
    expect(await changesOf(second.id)).toHaveLength(1);
  });

  it("cannot cancel a session that was held", async () => {
    const cohort = await makeStartedCohort(admin, program, fayId, 0);
    const first = await sessionOf(cohort.id, 1);
    await fay.sessions.markHeld({ sessionId: first.id });
    await expectRefused(
      fay.sessions.cancel({ sessionId: first.id, reason: "Oops", addMakeUp: true }),
      "BAD_REQUEST",
      "sessionId",
    );
    expect(await sessionOf(cohort.id, 1)).toMatchObject({ status: "HELD" });
    expect(await sessionsOf(cohort.id)).toHaveLength(8);
  });
});

describe("sessions.reschedule", () => {
  // A Thursday cohort at 18:30 in Chicago, from 2027-01-07: 01-07, 01-14, 01-21, 01-28, 02-04, …
  const start = "2027-01-07";
  const local = async (cohortId: string) => (await sessionsOf(cohortId)).map((s) => localDateTime(s.startsAt, CHICAGO));

  it("moves one session between its neighbours, keeping history", async () => {
    const cohort = await makeCohort(admin, program, fayId, { startDate: start, weekday: 4 });
    const third = await sessionOf(cohort.id, 3);
    const result = await fay.sessions.reschedule({
      sessionId: third.id,
      date: "2027-01-23",
      time: "10:00",
      reason: "Room booked",
    });
    expect(result).toMatchObject({ sessionId: third.id, moved: 1, startsAt: new Date("2027-01-23T16:00:00Z") });
    expect(await local(cohort.id)).toEqual([
      "2027-01-07 18:30",
      "2027-01-14 18:30",
      "2027-01-23 10:00",
      "2027-01-28 18:30",
      "2027-02-04 18:30",
      "2027-02-11 18:30",
      "2027-02-18 18:30",
      "2027-02-25 18:30",
    ]);
    expect(await changesOf(third.id)).toEqual([
      expect.objectContaining({
        kind: "RESCHEDULED",
        fromStartsAt: third.startsAt,
        toStartsAt: new Date("2027-01-23T16:00:00Z"),
        reason: "Room booked",
        changedBy: { name: "Fay Fischer" },
      }),
    ]);
    // the same history is what the cohort's session list shows
    const listed = (await fay.sessions.forCohort({ cohortId: cohort.id })).find((s) => s.id === third.id);
    expect(listed?.changes).toEqual([expect.objectContaining({ kind: "RESCHEDULED", changedBy: { name: "Fay Fischer" } })]);
  });

  it("refuses to pass the next session or reach the previous one unless later sessions move too", async () => {
    const cohort = await makeCohort(admin, program, fayId, { startDate: start, weekday: 4 });
    const before = await sessionsOf(cohort.id);
    const third = await sessionOf(cohort.id, 3);
    const past = await expectRefused(
      fay.sessions.reschedule({ sessionId: third.id, date: "2027-01-28", time: "19:00" }),
      "BAD_REQUEST",
      "date",
    );
    expect(past.message).toBe("Session 4 comes first; choose an earlier date or move the later sessions too");
    const back = await expectRefused(
      fay.sessions.reschedule({ sessionId: third.id, date: "2027-01-14", time: "18:30" }),
      "BAD_REQUEST",
      "date",
    );
    expect(back.message).toBe("Session 2 is on or after that time");
    await expectRefused(
      fay.sessions.reschedule({ sessionId: third.id, date: "2027-01-14", time: "18:30", moveLaterSessions: true }),
      "BAD_REQUEST",
      "date",
    );
    await expectRefused(
      fay.sessions.reschedule({ sessionId: third.id, date: "2027-01-21", time: "18:30" }),
      "BAD_REQUEST",
      "date",
    );
    await expectRefused(
      fay.sessions.reschedule({ sessionId: third.id, date: "2027-01-21", time: "7:30" }),
      "BAD_REQUEST",
      "time",
    );
    expect(await sessionsOf(cohort.id)).toEqual(before);
  });

  it("with moveLaterSessions, shifts every later scheduled session by the same number of days", async () => {
    const cohort = await makeCohort(admin, program, fayId, { startDate: start, weekday: 4 });
    await fay.sessions.cancel({ sessionId: (await sessionOf(cohort.id, 6)).id, reason: "Holiday" });
    const third = await sessionOf(cohort.id, 3);
    const result = await fay.sessions.reschedule({
      sessionId: third.id,
      date: "2027-02-01", // eleven days later, past session 4
      time: "18:30",
      moveLaterSessions: true,
      reason: "Facilitator away",
    });
    expect(result.moved).toBe(5);
    expect(await local(cohort.id)).toEqual([
      "2027-01-07 18:30",
      "2027-01-14 18:30",
      "2027-02-01 18:30",
      "2027-02-08 18:30",
      "2027-02-15 18:30",
      "2027-02-11 18:30", // cancelled: stays where it was
      "2027-03-01 18:30",
      "2027-03-08 18:30",
    ]);
    const moved = await db().sessionChange.findMany({ where: { session: { cohortId: cohort.id }, kind: "RESCHEDULED" } });
    expect(moved).toHaveLength(5);
    for (const change of moved) expect(change).toMatchObject({ reason: "Facilitator away" });
  });

  it("keeps the local time when the later sessions move across a daylight-saving change", async () => {
    // Thursdays 18:30 Chicago from 2027-02-18; US clocks go forward on 2027-03-14
    const cohort = await makeCohort(admin, program, fayId, { startDate: "2027-02-18", weekday: 4 });
    const second = await sessionOf(cohort.id, 2);
    await fay.sessions.reschedule({ sessionId: second.id, date: "2027-03-04", time: "18:30", moveLaterSessions: true });
    const after = await sessionsOf(cohort.id);
    expect(after.map((s) => localDateTime(s.startsAt, CHICAGO))).toEqual([
      "2027-02-18 18:30",
      "2027-03-04 18:30",
      "2027-03-11 18:30",
      "2027-03-18 18:30",
      "2027-03-25 18:30",
      "2027-04-01 18:30",
      "2027-04-08 18:30",
      "2027-04-15 18:30",
    ]);
    expect(after[2]?.startsAt.toISOString()).toBe("2027-03-12T00:30:00.000Z");
    expect(after[3]?.startsAt.toISOString()).toBe("2027-03-18T23:30:00.000Z");
  });

  it("cannot move a session that was held or cancelled", async () => {
    const cohort = await makeStartedCohort(admin, program, fayId, 0);
    const first = await sessionOf(cohort.id, 1);
    await fay.sessions.markHeld({ sessionId: first.id });
    await expectRefused(
      fay.sessions.reschedule({ sessionId: first.id, date: addDays(todayIn(CHICAGO), 1), time: "18:30" }),
      "BAD_REQUEST",
      "sessionId",
    );
    const second = await sessionOf(cohort.id, 2);
    await fay.sessions.cancel({ sessionId: second.id, reason: "Snow" });
    await expectRefused(
      fay.sessions.reschedule({ sessionId: second.id, date: addDays(todayIn(CHICAGO), 8), time: "18:30" }),
      "BAD_REQUEST",
      "sessionId",
    );
  });
});

describe("who runs sessions", () => {
  it("the cohort's facilitators (lead or co) and admins hold, cancel and move its sessions", async () => {
    const cohort = await makeStartedCohort(admin, program, gusId, 7, {
      facilitators: { leadId: gusId, coFacilitatorIds: [fayId] },
    });
    await fay.sessions.markHeld({ sessionId: (await sessionOf(cohort.id, 1)).id });
    await gus.sessions.markHeld({ sessionId: (await sessionOf(cohort.id, 2)).id });
    await admin.sessions.cancel({ sessionId: (await sessionOf(cohort.id, 3)).id, reason: "Admin decision" });
    await gus.sessions.reschedule({
      sessionId: (await sessionOf(cohort.id, 4)).id,
      date: addDays(todayIn(CHICAGO), 15),
      time: "17:00",
    });
    expect((await sessionsOf(cohort.id)).slice(0, 4).map((s) => s.status)).toEqual(["HELD", "HELD", "CANCELLED", "SCHEDULED"]);
  });

  it("another facilitator finds no such session, staff may not run any, and nothing changes", async () => {
    const cohort = await makeStartedCohort(admin, program, fayId, 7);
    const before = await sessionsOf(cohort.id);
    const today = await sessionOf(cohort.id, 2);
    for (const [outsider, code] of [
      [gus, "NOT_FOUND"],
      [staff, "FORBIDDEN"],
    ] as const) {
      await expectRefused(outsider.sessions.markHeld({ sessionId: today.id }), code);
      await expectRefused(outsider.sessions.cancel({ sessionId: today.id, reason: "x", addMakeUp: true }), code);
      await expectRefused(
        outsider.sessions.reschedule({
          sessionId: today.id,
          date: addDays(todayIn(CHICAGO), 1),
          time: "18:30",
          moveLaterSessions: true,
        }),
        code,
      );
    }
    await expectRefused(gus.sessions.forCohort({ cohortId: cohort.id }), "NOT_FOUND");
    expect(await staff.sessions.forCohort({ cohortId: cohort.id })).toHaveLength(8);
    expect(await sessionsOf(cohort.id)).toEqual(before);
    expect(await cohortStatus(cohort.id)).toBe("PLANNED");
  });
});

describe("sessions.forCohort", () => {
  it("lists the cohort's sessions in order, each with its module", async () => {
    const cohort = await makeCohort(admin, program, fayId);
    const listed = await fay.sessions.forCohort({ cohortId: cohort.id });
    expect(listed.map((s) => [s.number, s.module?.title, s.status, s.durationMinutes])).toEqual(
      program.modules.map((m, i) => [i + 1, m.title, "SCHEDULED", 90]),
    );
  });
});

describe("sessions.week", () => {
  // Week of Monday 2028-03-06 to Sunday 2028-03-12; sessions at noon in Chicago.
  let w1: { id: string; name: string };
  let w2: { id: string; name: string };
  let w3: { id: string; name: string };
  let other: Program;

  beforeAll(async () => {
    const short = await makeProgram(admin, { sessionCount: 3 }, { modules: 0 });
    other = await makeProgram(admin, { sessionCount: 3, delivery: "HYBRID" }, { modules: 0 });
    const at = { startTime: "12:00" };
    // Mondays 02-28, 03-06, 03-13
    w1 = await makeCohort(admin, short, fayId, {
      ...at,
      name: "Monday group",
      startDate: "2028-02-28",
      location: "Eastside Library",
    });
    // Sundays 03-05, 03-12, 03-19 (the week's last day is in, the day before it is not)
    w2 = await makeCohort(admin, other, gusId, {
      ...at,
      name: "Sunday group",
      startDate: "2028-03-05",
      location: "Westside Clinic",
    });
    // Wednesdays 03-08, 03-15, 03-22
    w3 = await makeCohort(admin, other, fayId, {
      ...at,
      name: "Wednesday group",
      startDate: "2028-03-08",
      location: "Westside Clinic",
      facilitators: { leadId: fayId, coFacilitatorIds: [gusId] },
    });
    // a cancelled cohort's sessions never show
    const cancelled = await makeCohort(admin, short, fayId, { ...at, name: "Cancelled group", startDate: "2028-03-09" });
    await admin.cohorts.changeStatus({ cohortId: cancelled.id, status: "CANCELLED", reason: "No sign-ups" });
  });

  const week = async (caller: Caller, input: Parameters<Caller["sessions"]["week"]>[0]) =>
    (await caller.sessions.week(input)).sessions.map((s) => `${s.cohort.name} #${s.number}`);

  it("returns the sessions from Monday to Sunday, in time order, with their cohort", async () => {
    const result = await admin.sessions.week({ weekOf: "2028-03-09" });
    expect(result.weekStart).toEqual(new Date("2028-03-06T00:00:00Z"));
    expect(result.weekEnd).toEqual(new Date("2028-03-13T00:00:00Z"));
    expect(result.sessions.map((s) => `${s.cohort.name} #${s.number}`)).toEqual([
      "Monday group #2",
      "Wednesday group #1",
      "Sunday group #2",
    ]);
    expect(result.sessions[0]?.cohort).toMatchObject({ id: w1.id, location: "Eastside Library", timeZone: CHICAGO });
    expect(result.sessions[0]).toMatchObject({
      number: 2,
      status: "SCHEDULED",
      startsAt: expect.any(Date),
      heldAt: null,
      isMakeUp: false,
      cohort: { program: { id: expect.any(String) }, facilitators: [{ role: "LEAD", user: { id: expect.any(String) } }] },
    });
    // any day of the week shows the same week
    expect(await week(admin, { weekOf: "2028-03-06" })).toEqual(await week(admin, { weekOf: "2028-03-12" }));
    expect(await week(admin, { weekOf: "2028-03-13" })).toEqual(["Monday group #3", "Wednesday group #2", "Sunday group #3"]);
  });

  it("shows a facilitator only the cohorts they facilitate; staff see them all", async () => {
    expect(await week(fay, { weekOf: "2028-03-09" })).toEqual(["Monday group #2", "Wednesday group #1"]);
    expect(await week(gus, { weekOf: "2028-03-09" })).toEqual(["Wednesday group #1", "Sunday group #2"]);
    expect(await week(staff, { weekOf: "2028-03-09" })).toEqual(["Monday group #2", "Wednesday group #1", "Sunday group #2"]);
    // a filter cannot widen a facilitator's view
    expect(await week(fay, { weekOf: "2028-03-09", facilitatorId: gusId })).toEqual(["Wednesday group #1"]);
  });

  it("filters by facilitator, program and location", async () => {
    expect(await week(admin, { weekOf: "2028-03-09", facilitatorId: gusId })).toEqual(["Wednesday group #1", "Sunday group #2"]);
    expect(await week(admin, { weekOf: "2028-03-09", programId: other.id })).toEqual(["Wednesday group #1", "Sunday group #2"]);
    expect(await week(admin, { weekOf: "2028-03-09", location: "eastside" })).toEqual(["Monday group #2"]);
    expect(await week(admin, { weekOf: "2028-03-09", location: "Westside", facilitatorId: fayId })).toEqual([
      "Wednesday group #1",
    ]);
    expect(w2.name).toBe("Sunday group");
    expect(w3.name).toBe("Wednesday group");
  });

  it("shows at most WEEK_SESSION_LIMIT sessions, the earliest, and says that more are left out", async () => {
    expect((await admin.sessions.week({ weekOf: "2028-03-09" })).limited).toBe(false);
    // a busy week: one cohort's three sessions and many more added to it, Monday 2029-05-07 onwards
    const busy = await makeCohort(admin, await makeProgram(admin, { sessionCount: 3 }, { modules: 0 }), gusId, {
      name: "Busy group",
      startDate: "2029-05-07",
      startTime: "09:00",
    });
    const monday = Date.parse("2029-05-07T12:00:00Z");
    await h.services.db.session.createMany({
      data: Array.from({ length: WEEK_SESSION_LIMIT + 5 }, (_, i) => ({
        cohortId: busy.id,
        number: 100 + i,
        startsAt: new Date(monday + i * 30 * 60_000),
        durationMinutes: 25,
      })),
    });
    const result = await admin.sessions.week({ weekOf: "2029-05-09" });
    expect(result.limited).toBe(true);
    expect(result.sessions).toHaveLength(WEEK_SESSION_LIMIT);
    const times = result.sessions.map((s) => s.startsAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // narrowed by a filter that leaves few, the week is whole again
    expect(await admin.sessions.week({ weekOf: "2029-05-09", facilitatorId: fayId })).toMatchObject({
      sessions: [],
      limited: false,
    });
  });
});

describe("sessions.mine", () => {
  it("returns the caller's own sessions from `from` through eight days, without cancelled ones", async () => {
    const { caller: mia, user } = await h.signedIn("FACILITATOR", { name: "Mia Moss" });
    const cohort = await makeStartedCohort(admin, program, user.id, 7); // 7 days ago, today, +7, +14, …
    await makeStartedCohort(admin, program, fayId, 0); // someone else's sessions today
    const [s1, s2, s3] = await sessionsOf(cohort.id);
    if (!s1 || !s2 || !s3) throw new Error("sessions missing");
    const ids = async (from: Date) => (await mia.sessions.mine({ from })).map((s) => s.id);

    const startOfToday = new Date(s2.startsAt.getTime() - 12 * 3_600_000);
    expect(await ids(startOfToday)).toEqual([s2.id, s3.id]);
    expect(await ids(s2.startsAt)).toEqual([s2.id, s3.id]); // from is inclusive
    expect(await ids(new Date(s1.startsAt.getTime() - 86_400_000))).toEqual([s1.id]); // the window ends after eight days
    const listed = await mia.sessions.mine({ from: startOfToday });
    expect(listed[0]?.cohort).toMatchObject({ id: cohort.id, name: cohort.name, program: { id: program.id } });

    await mia.sessions.cancel({ sessionId: s3.id, reason: "Away" });
    expect(await ids(startOfToday)).toEqual([s2.id]);
    expect(await admin.sessions.mine({ from: startOfToday })).toEqual([]);
  });
});
