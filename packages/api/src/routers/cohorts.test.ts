import { createUserRecord } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import {
  addDays,
  type Caller,
  enrollMembers,
  localDateTime,
  MISSING_ID,
  makeCohort,
  makeProgram,
  makeStartedCohort,
  storedSessions,
  todayIn,
} from "../testing/programs.ts";
import { expectRefused } from "../testing/refusals.ts";

const NY = "America/New_York";
const isoDay = (date: string) => new Date(`${date}T00:00:00Z`);

let h: Harness;
let admin: Caller;
let facilitator: Caller;
/** holds a professional licence with no expiry */
let licensedId: string;
/** holds a licence valid for another year */
let licensedUntilNextYearId: string;
let unlicensedId: string;
let expiredId: string;
let certifiedOnlyId: string;
let staffId: string;
let deactivatedId: string;

beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN", { name: "Avery Admin" }));
  ({ caller: facilitator } = await h.signedIn("FACILITATOR", { name: "Fran Facilitator" }));
  const db = h.services.db;
  const todayUtc = new Date().toISOString().slice(0, 10);
  const yesterday = isoDay(addDays(todayUtc, -1));
  licensedId = (await createUserRecord(db, { name: "Lee Licensed", licence: { title: "LCSW", expiresAt: null } })).id;
  licensedUntilNextYearId = (
    await createUserRecord(db, { name: "Nora Current", licence: { title: "LPC", expiresAt: isoDay(addDays(todayUtc, 365)) } })
  ).id;
  unlicensedId = (await createUserRecord(db, { name: "Pat Peer" })).id;
  expiredId = (await createUserRecord(db, { name: "Eli Expired", licence: { title: "LMFT", expiresAt: yesterday } })).id;
  certifiedOnlyId = (
    await createUserRecord(db, { name: "Cass Certified", licence: { title: "CADC", expiresAt: null, kind: "CERTIFICATION" } })
  ).id;
  staffId = (await createUserRecord(db, { name: "Sid Staff", role: "STAFF" })).id;
  deactivatedId = (await createUserRecord(db, { name: "Dee Gone", active: false })).id;
});
afterAll(() => h.close());

const db = () => h.services.db;
const counts = async () => ({ cohorts: await db().cohort.count(), sessions: await db().session.count() });
const statusOf = async (cohortId: string) => (await db().cohort.findUniqueOrThrow({ where: { id: cohortId } })).status;
/** The status history as "FROM→TO" steps, in the order the chain was walked. */
const stepsOf = async (cohortId: string) =>
  (await admin.cohorts.get({ cohortId })).statusChanges.map((c) => `${c.fromStatus ?? "∅"}→${c.toStatus}`).sort();

describe("cohorts.preview", () => {
  it("shows the sessions the cohort would get, each with its module, and saves nothing", async () => {
    const program = await makeProgram(admin, { sessionCount: 8, sessionLengthMinutes: 75 });
    const before = await counts();
    const preview = await admin.cohorts.preview({
      programId: program.id,
      startDate: "2026-10-14",
      weekday: 4,
      startTime: "18:30",
      timeZone: NY,
      skipDates: ["2026-11-26"],
    });
    expect(preview.map((s) => [s.number, s.localDate, s.startsAt.toISOString(), s.durationMinutes, s.module?.title])).toEqual([
      [1, "2026-10-15", "2026-10-15T22:30:00.000Z", 75, "Week 1"],
      [2, "2026-10-22", "2026-10-22T22:30:00.000Z", 75, "Week 2"],
      [3, "2026-10-29", "2026-10-29T22:30:00.000Z", 75, "Week 3"],
      [4, "2026-11-05", "2026-11-05T23:30:00.000Z", 75, "Week 4"],
      [5, "2026-11-12", "2026-11-12T23:30:00.000Z", 75, "Week 5"],
      [6, "2026-11-19", "2026-11-19T23:30:00.000Z", 75, "Week 6"],
      [7, "2026-12-03", "2026-12-03T23:30:00.000Z", 75, "Week 7"],
      [8, "2026-12-10", "2026-12-10T23:30:00.000Z", 75, "Week 8"],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("leaves sessions past the last module without one", async () => {
    const program = await makeProgram(admin, { sessionCount: 5 }, { modules: 3 });
    const preview = await admin.cohorts.preview({
      programId: program.id,
      startDate: "2027-01-04",
      weekday: 1,
      startTime: "10:00",
      timeZone: "Europe/London",
    });
    expect(preview.map((s) => s.module?.id ?? null)).toEqual([...program.modules.map((m) => m.id), null, null]);
  });

  it("refuses an unknown time zone or program, naming the field", async () => {
    const program = await makeProgram(admin, {}, { modules: 0 });
    const schedule = { programId: program.id, startDate: "2027-01-04", weekday: 1, startTime: "10:00", timeZone: NY };
    await expectRefused(admin.cohorts.preview({ ...schedule, timeZone: "Atlantis/Capital" }), "BAD_REQUEST", "timeZone");
    await expectRefused(admin.cohorts.preview({ ...schedule, programId: MISSING_ID }), "BAD_REQUEST", "programId");
    await expectRefused(admin.cohorts.preview({ ...schedule, startTime: "7pm" }), "BAD_REQUEST", "startTime");
  });
});

describe("cohorts.create", () => {
  it("generates the program's sessions in order, tied to its modules, at the local time in UTC, with PLANNED history", async () => {
    const program = await makeProgram(admin, {
      sessionCount: 8,
      sessionLengthMinutes: 75,
      defaultCapacity: 10,
      minimumEnrollment: 3,
    });
    // the order of the modules at creation time decides which session covers which
    const reordered = [...program.modules].reverse();
    await admin.programs.reorderModules({ programId: program.id, moduleIds: reordered.map((m) => m.id) });

    const cohort = await makeCohort(admin, program, licensedId, {
      name: "Thursday evening grief group",
      startDate: "2026-10-14", // a Wednesday: the first Thursday is the 15th
      weekday: 4,
      timeZone: NY,
      facilitators: { leadId: licensedId, coFacilitatorIds: [unlicensedId] },
    });
    expect(cohort).toMatchObject({
      name: "Thursday evening grief group",
      status: "PLANNED",
      startDate: isoDay("2026-10-15"),
      weekday: 4,
      startTime: "18:30",
      timeZone: NY,
      capacity: 10,
      minimumEnrollment: 3,
      location: "Community Centre, Room 2",
      meetingUrl: null,
    });

    const sessions = await storedSessions(db(), cohort.id);
    expect(sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(sessions.map((s) => s.moduleId)).toEqual(reordered.map((m) => m.id));
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-10-15T22:30:00.000Z",
      "2026-10-22T22:30:00.000Z",
      "2026-10-29T22:30:00.000Z",
      "2026-11-05T23:30:00.000Z",
      "2026-11-12T23:30:00.000Z",
      "2026-11-19T23:30:00.000Z",
      "2026-11-26T23:30:00.000Z",
      "2026-12-03T23:30:00.000Z",
    ]);
    expect(sessions.map((s) => localDateTime(s.startsAt, NY).slice(11))).toEqual(Array(8).fill("18:30"));
    for (const s of sessions) expect(s).toMatchObject({ durationMinutes: 75, status: "SCHEDULED", isMakeUp: false });

    const detail = await admin.cohorts.get({ cohortId: cohort.id });
    expect(detail.statusChanges).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: "PLANNED",
        reason: "Cohort created",
        changedBy: { name: "Avery Admin" },
      }),
    ]);
    expect(detail.facilitators.map((f) => [f.role, f.user.id])).toEqual([
      ["LEAD", licensedId],
      ["CO_FACILITATOR", unlicensedId],
    ]);
    expect(detail).toMatchObject({
      heldSessions: 0,
      enrollmentLocked: false,
      nextStatuses: ["OPEN_FOR_INTAKE", "POSTPONED", "CANCELLED"],
    });
    expect(detail._count.sessions).toBe(8);
  });

  it("takes the capacity and minimum enrollment given, else the program's", async () => {
    const program = await makeProgram(admin, { defaultCapacity: 12, minimumEnrollment: 4 }, { modules: 0 });
    expect(await makeCohort(admin, program, unlicensedId, { capacity: 8, minimumEnrollment: 2 })).toMatchObject({
      capacity: 8,
      minimumEnrollment: 2,
    });
    expect(await makeCohort(admin, program, unlicensedId, { capacity: 20 })).toMatchObject({
      capacity: 20,
      minimumEnrollment: 4,
    });

    const before = await counts();
    await expectRefused(makeCohort(admin, program, unlicensedId, { capacity: 3 }), "BAD_REQUEST", "minimumEnrollment");
    await expectRefused(
      makeCohort(admin, program, unlicensedId, { capacity: 5, minimumEnrollment: 6 }),
      "BAD_REQUEST",
      "minimumEnrollment",
    );
    expect(await counts()).toEqual(before);
  });

  it("skips the given dates, moving later sessions a week on without losing any", async () => {
    const program = await makeProgram(admin, { sessionCount: 4 });
    const cohort = await makeCohort(admin, program, unlicensedId, {
      startDate: "2026-12-17",
      weekday: 4,
      timeZone: NY,
      skipDates: ["2026-12-24", "2026-12-31"],
    });
    const sessions = await storedSessions(db(), cohort.id);
    expect(sessions.map((s) => [s.number, localDateTime(s.startsAt, NY)])).toEqual([
      [1, "2026-12-17 18:30"],
      [2, "2027-01-07 18:30"],
      [3, "2027-01-14 18:30"],
      [4, "2027-01-21 18:30"],
    ]);
    expect(sessions.map((s) => s.moduleId)).toEqual(program.modules.map((m) => m.id));
  });

  it("needs a location for in-person and hybrid groups, and a meeting link for online and hybrid ones", async () => {
    const inPerson = await makeProgram(admin, { delivery: "IN_PERSON" }, { modules: 0 });
    const online = await makeProgram(admin, { delivery: "ONLINE" }, { modules: 0 });
    const hybrid = await makeProgram(admin, { delivery: "HYBRID" }, { modules: 0 });
    const before = await counts();

    const noPlace = await expectRefused(makeCohort(admin, inPerson, unlicensedId, { location: null }), "BAD_REQUEST", "location");
    expect(noPlace.message).toBe("Enter where the group meets");
    await expectRefused(makeCohort(admin, inPerson, unlicensedId, { location: "   " }), "BAD_REQUEST", "location");
    const noLink = await expectRefused(
      makeCohort(admin, online, unlicensedId, { meetingUrl: null }),
      "BAD_REQUEST",
      "meetingUrl",
    );
    expect(noLink.message).toBe("Enter the meeting link");
    await expectRefused(makeCohort(admin, hybrid, unlicensedId, { location: null }), "BAD_REQUEST", "location");
    await expectRefused(makeCohort(admin, hybrid, unlicensedId, { meetingUrl: "" }), "BAD_REQUEST", "meetingUrl");
    await expectRefused(
      makeCohort(admin, online, unlicensedId, { meetingUrl: "javascript:alert(1)" }),
      "BAD_REQUEST",
      "meetingUrl",
    );
    expect(await counts()).toEqual(before);

    expect(await makeCohort(admin, online, unlicensedId, { location: null })).toMatchObject({
      location: null,
      meetingUrl: "https://meet.example.org/group",
    });
    expect(await makeCohort(admin, hybrid, unlicensedId)).toMatchObject({
      location: "Community Centre, Room 2",
      meetingUrl: "https://meet.example.org/group",
    });
  });

  it("refuses an unknown time zone or a malformed time, naming the field, and saves nothing", async () => {
    const program = await makeProgram(admin, {}, { modules: 0 });
    const before = await counts();
    await expectRefused(
      makeCohort(admin, program, unlicensedId, { timeZone: "Europe/Atlantis", startDate: "2027-02-01", weekday: 1 }),
      "BAD_REQUEST",
      "timeZone",
    );
    await expectRefused(makeCohort(admin, program, unlicensedId, { startTime: "24:00" }), "BAD_REQUEST", "startTime");
    await expectRefused(makeCohort(admin, program, unlicensedId, { weekday: 0 }), "BAD_REQUEST", "weekday");
    expect(await counts()).toEqual(before);
  });
});

describe("who may lead a cohort", () => {
  it("refuses a therapy cohort whose lead has no licence, naming the person and facilitators.leadId", async () => {
    const therapy = await makeProgram(admin, { groupType: "THERAPY", leadership: "PROFESSIONALLY_LED" }, { modules: 0 });
    const before = await counts();
    const error = await expectRefused(makeCohort(admin, therapy, unlicensedId), "BAD_REQUEST", "facilitators.leadId");
    expect(error.message).toBe("Pat Peer does not hold a current professional licence; a therapy cohort needs a licensed lead");
    expect(await counts()).toEqual(before);
  });

  it("refuses a lead whose licence has expired, or who holds only a certification", async () => {
    const therapy = await makeProgram(admin, { groupType: "THERAPY", leadership: "PROFESSIONALLY_LED" }, { modules: 0 });
    const expired = await expectRefused(makeCohort(admin, therapy, expiredId), "BAD_REQUEST", "facilitators.leadId");
    expect(expired.message).toMatch(/^Eli Expired does not hold a current professional licence/);
    const certified = await expectRefused(makeCohort(admin, therapy, certifiedOnlyId), "BAD_REQUEST", "facilitators.leadId");
    expect(certified.message).toMatch(/^Cass Certified does not hold a current professional licence/);
  });

  it("accepts a licensed lead, with or without an expiry date, and unlicensed co-facilitators", async () => {
    const therapy = await makeProgram(admin, { groupType: "THERAPY", leadership: "PROFESSIONALLY_LED" }, { modules: 0 });
    await expect(makeCohort(admin, therapy, licensedId)).resolves.toMatchObject({ status: "PLANNED" });
    await expect(
      makeCohort(admin, therapy, licensedUntilNextYearId, {
        facilitators: { leadId: licensedUntilNextYearId, coFacilitatorIds: [unlicensedId, expiredId] },
      }),
    ).resolves.toMatchObject({ status: "PLANNED" });
  });

  it("applies the rule to any program that requires a licensed lead, and not to others", async () => {
    const requiring = await makeProgram(admin, { groupType: "SUPPORT", requiresLicensedLead: true }, { modules: 0 });
    const error = await expectRefused(makeCohort(admin, requiring, unlicensedId), "BAD_REQUEST", "facilitators.leadId");
    expect(error.message).toBe("Pat Peer does not hold a current professional licence; this program needs a licensed lead");

    const peerLed = await makeProgram(admin, { groupType: "SUPPORT", requiresLicensedLead: false }, { modules: 0 });
    await expect(makeCohort(admin, peerLed, unlicensedId)).resolves.toMatchObject({ status: "PLANNED" });
  });

  it("refuses reporting staff, deactivated or unknown people as facilitators, naming the field", async () => {
    const program = await makeProgram(admin, {}, { modules: 0 });
    const staffLead = await expectRefused(makeCohort(admin, program, staffId), "BAD_REQUEST", "facilitators.leadId");
    expect(staffLead.message).toBe("Sid Staff is reporting staff, not a facilitator");
    await expectRefused(
      makeCohort(admin, program, unlicensedId, { facilitators: { leadId: unlicensedId, coFacilitatorIds: [staffId] } }),
      "BAD_REQUEST",
      "facilitators.coFacilitatorIds",
    );
    const gone = await expectRefused(makeCohort(admin, program, deactivatedId), "BAD_REQUEST", "facilitators.leadId");
    expect(gone.message).toBe("Dee Gone's account is deactivated");
    await expectRefused(makeCohort(admin, program, MISSING_ID), "BAD_REQUEST", "facilitators.leadId");
    await expectRefused(
      makeCohort(admin, program, unlicensedId, { facilitators: { leadId: unlicensedId, coFacilitatorIds: [unlicensedId] } }),
      "BAD_REQUEST",
      "facilitators.coFacilitatorIds",
    );
  });

  it("cohorts.setFacilitators enforces the same rules and replaces the team", async () => {
    const therapy = await makeProgram(admin, { groupType: "THERAPY", leadership: "PROFESSIONALLY_LED" }, { modules: 0 });
    const cohort = await makeCohort(admin, therapy, licensedId);
    const team = async () =>
      (await db().cohortFacilitator.findMany({ where: { cohortId: cohort.id }, orderBy: { role: "asc" } })).map((f) => [
        f.role,
        f.userId,
      ]);

    const refused = await expectRefused(
      admin.cohorts.setFacilitators({ cohortId: cohort.id, facilitators: { leadId: expiredId, coFacilitatorIds: [] } }),
      "BAD_REQUEST",
      "facilitators.leadId",
    );
    expect(refused.message).toMatch(/^Eli Expired does not hold a current professional licence/);
    await expectRefused(
      admin.cohorts.setFacilitators({ cohortId: cohort.id, facilitators: { leadId: licensedId, coFacilitatorIds: [staffId] } }),
      "BAD_REQUEST",
      "facilitators.coFacilitatorIds",
    );
    expect(await team()).toEqual([["LEAD", licensedId]]);

    await admin.cohorts.setFacilitators({
      cohortId: cohort.id,
      facilitators: { leadId: licensedUntilNextYearId, coFacilitatorIds: [unlicensedId] },
    });
    expect(await team()).toEqual([
      ["LEAD", licensedUntilNextYearId],
      ["CO_FACILITATOR", unlicensedId],
    ]);
    await expectRefused(
      admin.cohorts.setFacilitators({ cohortId: MISSING_ID, facilitators: { leadId: licensedId, coFacilitatorIds: [] } }),
      "NOT_FOUND",
    );
  });
});

describe("cohorts.changeStatus", () => {
  it("moves along allowed transitions, keeping who, when and why", async () => {
    const program = await makeProgram(admin, {}, { modules: 0 });
    const cohort = await makeCohort(admin, program, unlicensedId);
    await admin.cohorts.changeStatus({ cohortId: cohort.id, status: "OPEN_FOR_INTAKE", reason: "Flyers are out" });
    await admin.cohorts.changeStatus({ cohortId: cohort.id, status: "POSTPONED", reason: "Room unavailable" });
    await admin.cohorts.changeStatus({ cohortId: cohort.id, status: "PLANNED", reason: "New room found" });
    expect(await statusOf(cohort.id)).toBe("PLANNED");

    const detail = await admin.cohorts.get({ cohortId: cohort.id });
    expect(detail.statusChanges).toHaveLength(4);
    expect(detail.statusChanges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fromStatus: "PLANNED", toStatus: "OPEN_FOR_INTAKE", reason: "Flyers are out" }),
        expect.objectContaining({ fromStatus: "OPEN_FOR_INTAKE", toStatus: "POSTPONED", reason: "Room unavailable" }),
        expect.objectContaining({ fromStatus: "POSTPONED", toStatus: "PLANNED", reason: "New room found" }),
      ]),
    );
    for (const change of detail.statusChanges) {
      expect(change.changedBy).toEqual({ name: "Avery Admin" });
      expect(change.changedAt).toBeInstanceOf(Date);
    }
    // newest first, at the very instants stored
    const stored = await db().cohortStatusChange.findMany({
      where: { cohortId: cohort.id },
      orderBy: [{ changedAt: "desc" }, { id: "desc" }],
    });
    expect(detail.statusChanges.map((c) => [c.id, c.changedAt])).toEqual(stored.map((c) => [c.id, c.changedAt]));
  });

  it("refuses a transition that is not allowed, saying why, and records nothing", async () => {
    const program = await makeProgram(admin, {}, { modules: 0 });
    const cohort = await makeCohort(admin, program, unlicensedId);

    const running = await expectRefused(
      admin.cohorts.changeStatus({ cohortId: cohort.id, status: "RUNNING", reason: "Eager" }),
      "BAD_REQUEST",
      "status",
    );
    expect(running.message).toBe("A cohort starts running when its first session is marked held");
    const completed = await expectRefused(
      admin.cohorts.changeStatus({ cohortId: cohort.id, status: "COMPLETED", reason: "Done?" }),
      "BAD_REQUEST",
      "status",
    );
    expect(completed.message).toBe("A planned cohort cannot become completed");
    expect(await statusOf(cohort.id)).toBe("PLANNED");
    expect(await stepsOf(cohort.id)).toEqual(["∅→PLANNED"]);

    await admin.cohorts.changeStatus({ cohortId: cohort.id, status: "CANCELLED", reason: "Facilitator left" });
    for (const status of ["PLANNED", "OPEN_FOR_INTAKE", "POSTPONED", "COMPLETED"] as const) {
      const final = await expectRefused(
        admin.cohorts.changeStatus({ cohortId: cohort.id, status, reason: "Revive" }),
        "BAD_REQUEST",
        "status",
      );
      expect(final.message).toMatch(/^A cancelled cohort cannot become/);
    }
    expect(await statusOf(cohort.id)).toBe("CANCELLED");
    expect((await admin.cohorts.get({ cohortId: cohort.id })).nextStatuses).toEqual([]);
  });

  it("needs a reason, and answers NOT_FOUND for an unknown cohort", async () => {
    const program = await makeProgram(admin, {}, { modules: 0 });
    const cohort = await makeCohort(admin, program, unlicensedId);
    await expectRefused(
      admin.cohorts.changeStatus({ cohortId: cohort.id, status: "OPEN_FOR_INTAKE", reason: "  " }),
      "BAD_REQUEST",
      "reason",
    );
    await expectRefused(admin.cohorts.changeStatus({ cohortId: MISSING_ID, status: "CANCELLED", reason: "x" }), "NOT_FOUND");
    expect(await statusOf(cohort.id)).toBe("PLANNED");
  });

  it("becomes RUNNING by holding the first session, and COMPLETED only once no session is still scheduled", async () => {
    const program = await makeProgram(admin, { sessionCount: 3 });
    const cohort = await makeStartedCohort(admin, program, unlicensedId, 14); // sessions 14 and 7 days ago, and today
    const [first, second, third] = await storedSessions(db(), cohort.id);
    if (!first || !second || !third) throw new Error("sessions missing");

    await admin.sessions.markHeld({ sessionId: first.id });
    expect(await statusOf(cohort.id)).toBe("RUNNING");
    const early = await expectRefused(
      admin.cohorts.changeStatus({ cohortId: cohort.id, status: "COMPLETED", reason: "Wrapping up" }),
      "BAD_REQUEST",
      "status",
    );
    expect(early.message).toBe("2 sessions are still scheduled; hold or cancel them first");
    expect(await statusOf(cohort.id)).toBe("RUNNING");

    await admin.sessions.markHeld({ sessionId: second.id });
    await admin.sessions.cancel({ sessionId: third.id, reason: "Snow storm" });
    await admin.cohorts.changeStatus({ cohortId: cohort.id, status: "COMPLETED", reason: "All sessions done" });
    expect(await statusOf(cohort.id)).toBe("COMPLETED");
    expect(await stepsOf(cohort.id)).toEqual(["RUNNING→COMPLETED", "PLANNED→RUNNING", "∅→PLANNED"].sort());
    const detail = await admin.cohorts.get({ cohortId: cohort.id });
    expect(detail.statusChanges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ toStatus: "RUNNING", reason: "Session 1 held", changedBy: { name: "Avery Admin" } }),
      ]),
    );
    expect(detail).toMatchObject({ heldSessions: 2, enrollmentLocked: true, nextStatuses: [] });
  });
});

describe("cohorts.postpone", () => {
  it("moves every session by the weeks chosen, cancelled ones too so the sequence stays in date order, moves the start date, and keeps the history", async () => {
    const program = await makeProgram(admin, { sessionCount: 5 });
    // early summer: the seven weeks stay clear of a daylight-saving change, so "two weeks later"
    // is exactly fourteen days of hours (the next test moves across one)
    const startDate = `${new Date().getUTCFullYear() + 1}-06-01`;
    const cohort = await makeCohort(admin, program, unlicensedId, { startDate });
    const before = await storedSessions(db(), cohort.id);
    const cancelled = before[2];
    if (!cancelled) throw new Error("sessions missing");
    await admin.sessions.cancel({ sessionId: cancelled.id, reason: "Holiday" });

    expect(await admin.cohorts.postpone({ cohortId: cohort.id, weeks: 2, reason: "Too few sign-ups" })).toEqual({
      cohortId: cohort.id,
      movedSessions: 5,
    });
    const after = await storedSessions(db(), cohort.id);
    for (const [index, session] of after.entries()) {
      const was = before[index]?.startsAt as Date;
      expect(session.startsAt, `session ${session.number}`).toEqual(new Date(was.getTime() + 14 * 86_400_000));
    }
    const inNumberOrder = after.map((session) => session.startsAt.getTime());
    expect(inNumberOrder).toEqual([...inNumberOrder].sort((a, b) => a - b));
    expect(after.find((session) => session.id === cancelled.id)?.status).toBe("CANCELLED");
    const stored = await db().cohort.findUniqueOrThrow({ where: { id: cohort.id } });
    expect(stored.status).toBe("POSTPONED");
    expect(stored.startDate).toEqual(isoDay(addDays(cohort.startDate.toISOString().slice(0, 10), 14)));

    const detail = await admin.cohorts.get({ cohortId: cohort.id });
    expect(detail.statusChanges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          fromStatus: "PLANNED",
          toStatus: "POSTPONED",
          reason: "Too few sign-ups (moved 2 weeks)",
          changedBy: { name: "Avery Admin" },
        }),
      ]),
    );
    const changes = await db().sessionChange.findMany({ where: { session: { cohortId: cohort.id }, kind: "POSTPONED" } });
    expect(changes).toHaveLength(5);
    for (const change of changes) {
      const was = before.find((s) => s.id === change.sessionId)?.startsAt as Date;
      expect(change).toMatchObject({
        fromStartsAt: was,
        toStartsAt: new Date(was.getTime() + 14 * 86_400_000),
        reason: "Too few sign-ups",
      });
    }
  });

  it("keeps the local time when the move crosses a daylight-saving change", async () => {
    const program = await makeProgram(admin, { sessionCount: 4 });
    const cohort = await makeCohort(admin, program, unlicensedId, { startDate: "2026-10-08", weekday: 4, timeZone: NY });
    await admin.cohorts.postpone({ cohortId: cohort.id, weeks: 2, reason: "Venue renovation" });
    const after = await storedSessions(db(), cohort.id);
    expect(after.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-10-22T22:30:00.000Z",
      "2026-10-29T22:30:00.000Z",
      "2026-11-05T23:30:00.000Z",
      "2026-11-12T23:30:00.000Z",
    ]);
    expect(after.map((s) => localDateTime(s.startsAt, NY))).toEqual([
      "2026-10-22 18:30",
      "2026-10-29 18:30",
      "2026-11-05 18:30",
      "2026-11-12 18:30",
    ]);
    expect((await db().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).startDate).toEqual(isoDay("2026-10-22"));

    // postponed again: the moves add up, and it can then be planned again
    await admin.cohorts.postpone({ cohortId: cohort.id, weeks: 1, reason: "Still closed" });
    expect((await storedSessions(db(), cohort.id))[0]?.startsAt.toISOString()).toBe("2026-10-29T22:30:00.000Z");
    await admin.cohorts.changeStatus({ cohortId: cohort.id, status: "PLANNED", reason: "Venue open" });
    expect(await statusOf(cohort.id)).toBe("PLANNED");
  });

  it("refuses to postpone a cohort that is running, and moves nothing", async () => {
    const program = await makeProgram(admin, { sessionCount: 3 });
    const cohort = await makeStartedCohort(admin, program, unlicensedId, 7);
    const [first] = await storedSessions(db(), cohort.id);
    await admin.sessions.markHeld({ sessionId: first?.id ?? "" });
    const before = await storedSessions(db(), cohort.id);
    await expectRefused(admin.cohorts.postpone({ cohortId: cohort.id, weeks: 1, reason: "Late" }), "BAD_REQUEST", "status");
    expect(await storedSessions(db(), cohort.id)).toEqual(before);
    expect(await statusOf(cohort.id)).toBe("RUNNING");
    await expectRefused(admin.cohorts.postpone({ cohortId: cohort.id, weeks: 0, reason: "Late" }), "BAD_REQUEST", "weeks");
    await expectRefused(admin.cohorts.postpone({ cohortId: MISSING_ID, weeks: 1, reason: "Late" }), "NOT_FOUND");
  });
});

describe("cohorts at risk", () => {
  it("lists cohorts under their minimum whose first session is within the window, until a go decision", async () => {
    const program = await makeProgram(admin, { minimumEnrollment: 4, defaultCapacity: 10 }, { modules: 0 });
    const soon = addDays(todayIn("America/Chicago"), 3);
    const underMinimum = await makeCohort(admin, program, unlicensedId, { startDate: soon });
    await enrollMembers(db(), underMinimum.id, 1);
    await enrollMembers(db(), underMinimum.id, 5, "WITHDREW"); // people who left do not count
    const atMinimum = await makeCohort(admin, program, unlicensedId, { startDate: soon });
    await enrollMembers(db(), atMinimum.id, 4);
    const overMinimum = await makeCohort(admin, program, unlicensedId, { startDate: soon });
    await enrollMembers(db(), overMinimum.id, 6);
    const later = await makeCohort(admin, program, unlicensedId, { startDate: addDays(soon, 9) }); // 12 days away
    const ids = async () => (await admin.cohorts.atRisk()).cohorts.map((c) => c.id);

    try {
      const listed = await admin.cohorts.atRisk();
      expect(listed.days).toBe(7);
      expect(listed.cohorts.find((c) => c.id === underMinimum.id)).toMatchObject({
        name: underMinimum.name,
        enrolled: 1,
        minimumEnrollment: 4,
        program: { name: program.name },
        firstSessionAt: (await storedSessions(db(), underMinimum.id))[0]?.startsAt,
      });
      expect(await ids()).not.toContain(atMinimum.id);
      expect(await ids()).not.toContain(overMinimum.id);
      expect(await ids()).not.toContain(later.id);

      // a wider window brings in the later cohort; a narrower one drops both
      expect(await admin.settings.update({ cohortAtRiskDays: 14 })).toMatchObject({ cohortAtRiskDays: 14 });
      expect(await admin.settings.get()).toMatchObject({ cohortAtRiskDays: 14 });
      expect(await ids()).toEqual(expect.arrayContaining([underMinimum.id, later.id]));
      expect(await ids()).not.toContain(atMinimum.id);
      await admin.settings.update({ cohortAtRiskDays: 2 });
      expect((await admin.cohorts.atRisk()).days).toBe(2);
      expect(await ids()).not.toContain(underMinimum.id);
      expect(await ids()).not.toContain(later.id);
      await admin.settings.update({ cohortAtRiskDays: 7 });

      // go: it runs as planned and leaves the list
      await admin.cohorts.confirmGo({ cohortId: underMinimum.id, reason: "Three more are in intake" });
      expect(await ids()).not.toContain(underMinimum.id);
      expect((await admin.cohorts.get({ cohortId: underMinimum.id })).goConfirmedAt).toBeInstanceOf(Date);

      // enrolling up to the minimum also takes a cohort off the list
      await admin.settings.update({ cohortAtRiskDays: 14 });
      await enrollMembers(db(), later.id, 4);
      expect(await ids()).not.toContain(later.id);
    } finally {
      await admin.settings.update({ cohortAtRiskDays: 7 });
    }
  });

  it("only admins see the list, change the window or decide; the window stays within 1–90 days", async () => {
    const program = await makeProgram(admin, {}, { modules: 0 });
    const cohort = await makeCohort(admin, program, unlicensedId);
    await expectRefused(facilitator.cohorts.atRisk(), "FORBIDDEN");
    await expectRefused(facilitator.settings.update({ cohortAtRiskDays: 30 }), "FORBIDDEN");
    await expectRefused(facilitator.settings.get(), "FORBIDDEN");
    await expectRefused(facilitator.cohorts.confirmGo({ cohortId: cohort.id }), "FORBIDDEN");
    await expectRefused(admin.settings.update({ cohortAtRiskDays: 0 }), "BAD_REQUEST", "cohortAtRiskDays");
    await expectRefused(admin.settings.update({ cohortAtRiskDays: 91 }), "BAD_REQUEST", "cohortAtRiskDays");
    expect((await admin.settings.get()).cohortAtRiskDays).toBe(7);
    expect((await db().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).goConfirmedAt).toBeNull();
  });

  it("refuses a go decision for a cohort that has already started", async () => {
    const program = await makeProgram(admin, { sessionCount: 2 });
    const cohort = await makeStartedCohort(admin, program, unlicensedId, 0);
    await admin.sessions.markHeld({ sessionId: (await storedSessions(db(), cohort.id))[0]?.id ?? "" });
    await expectRefused(admin.cohorts.confirmGo({ cohortId: cohort.id }), "BAD_REQUEST", "status");
    await expectRefused(admin.cohorts.confirmGo({ cohortId: MISSING_ID }), "NOT_FOUND");
  });
});

describe("cohorts.update", () => {
  it("cannot lower the capacity below the members enrolled", async () => {
    const program = await makeProgram(admin, { defaultCapacity: 12, minimumEnrollment: 2 }, { modules: 0 });
    const cohort = await makeCohort(admin, program, unlicensedId);
    await enrollMembers(db(), cohort.id, 5);
    await enrollMembers(db(), cohort.id, 3, "WITHDREW");
    const details = { cohortId: cohort.id, name: cohort.name, location: cohort.location };

    const error = await expectRefused(admin.cohorts.update({ ...details, capacity: 4 }), "BAD_REQUEST", "capacity");
    expect(error.message).toBe("5 members are enrolled; capacity cannot be lower");
    expect((await db().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).capacity).toBe(12);

    expect(await admin.cohorts.update({ ...details, capacity: 5 })).toMatchObject({ capacity: 5, minimumEnrollment: 2 });
    await expectRefused(admin.cohorts.update({ ...details, minimumEnrollment: 6 }), "BAD_REQUEST", "minimumEnrollment");
    await expectRefused(admin.cohorts.update({ ...details, cohortId: MISSING_ID }), "NOT_FOUND");
  });

  it("renames a cohort without losing the location and link it already has", async () => {
    const program = await makeProgram(admin, { delivery: "HYBRID" }, { modules: 0 });
    const cohort = await makeCohort(admin, program, unlicensedId, { location: "Library, 2nd floor" });
    await admin.cohorts.update({ cohortId: cohort.id, name: "Hybrid Tuesdays" });
    expect(await db().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).toMatchObject({
      name: "Hybrid Tuesdays",
      location: "Library, 2nd floor",
      meetingUrl: "https://meet.example.org/group",
    });
  });

  it("keeps the delivery rule: an in-person cohort's location or an online cohort's link cannot be cleared", async () => {
    const inPerson = await makeProgram(admin, { delivery: "IN_PERSON" }, { modules: 0 });
    const online = await makeProgram(admin, { delivery: "ONLINE" }, { modules: 0 });
    const room = await makeCohort(admin, inPerson, unlicensedId);
    const call = await makeCohort(admin, online, unlicensedId);
    await expectRefused(admin.cohorts.update({ cohortId: room.id, name: room.name, location: "" }), "BAD_REQUEST", "location");
    await expectRefused(
      admin.cohorts.update({ cohortId: call.id, name: call.name, meetingUrl: null }),
      "BAD_REQUEST",
      "meetingUrl",
    );
    expect((await db().cohort.findUniqueOrThrow({ where: { id: room.id } })).location).toBe("Community Centre, Room 2");
    expect((await db().cohort.findUniqueOrThrow({ where: { id: call.id } })).meetingUrl).toBe("https://meet.example.org/group");
  });
});
