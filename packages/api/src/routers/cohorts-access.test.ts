import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import {
  addDays,
  type Caller,
  cohortInput,
  enrollMembers,
  MISSING_ID,
  makeCohort,
  makeProgram,
  makeStartedCohort,
  type Program,
  storedSessions,
  todayIn,
} from "../testing/programs.ts";
import { expectRefused, expectSameAsMissing } from "../testing/refusals.ts";

// Who reaches which cohort: facilitators only their own (by list and by id), staff read-only,
// admins everything. Every check here uses another person's real ids.

let h: Harness;
let admin: Caller;
let ann: Caller; // facilitates "Ann's" cohorts
let annId: string;
let ben: Caller; // facilitates "Ben's" cohort
let benId: string;
let staff: Caller;
let program: Program;
let annLeads: { id: string; name: string };
let annCoLeads: { id: string; name: string };
let bensCohort: { id: string; name: string };

beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN"));
  ({
    caller: ann,
    user: { id: annId },
  } = await h.signedIn("FACILITATOR", { name: "Ann Alvarez" }));
  ({
    caller: ben,
    user: { id: benId },
  } = await h.signedIn("FACILITATOR", { name: "Ben Brooks" }));
  ({ caller: staff } = await h.signedIn("STAFF"));
  program = await makeProgram(admin, { sessionCount: 4 });
  annLeads = await makeStartedCohort(admin, program, annId, 7, { name: "Ann leads" });
  annCoLeads = await makeCohort(admin, program, benId, {
    name: "Ann co-leads",
    facilitators: { leadId: benId, coFacilitatorIds: [annId] },
  });
  bensCohort = await makeStartedCohort(admin, program, benId, 7, { name: "Ben alone" });
});
afterAll(() => h.close());

const db = () => h.services.db;
const sessionOf = async (cohortId: string, number: number) => {
  const session = (await storedSessions(db(), cohortId)).find((s) => s.number === number);
  if (!session) throw new Error(`no session ${number}`);
  return session;
};

describe("facilitators reach only the cohorts they facilitate", () => {
  it("cohorts.list shows a facilitator only their cohorts, whatever the filters", async () => {
    const names = async (caller: Caller, filters = {}) => (await caller.cohorts.list(filters)).rows.map((r) => r.name).sort();
    expect(await names(ann)).toEqual(["Ann co-leads", "Ann leads"]);
    expect((await ann.cohorts.list({})).total).toBe(2);
    expect(await names(ben)).toEqual(["Ann co-leads", "Ben alone"]);

    // filters narrow what they may see, never widen it
    expect(await names(ann, { facilitatorId: benId })).toEqual(["Ann co-leads"]);
    expect(await names(ann, { programId: program.id })).toEqual(["Ann co-leads", "Ann leads"]);
    expect(await names(ann, { q: "Ben alone" })).toEqual([]);
    expect(await names(ann, { status: "PLANNED" })).toEqual(["Ann co-leads", "Ann leads"]);
    expect((await ann.cohorts.list({ q: "Ben" })).total).toBe(0);
  });

  it("another facilitator's cohort by id answers as a missing one: detail and sessions", async () => {
    await expectSameAsMissing(ann.cohorts.get({ cohortId: bensCohort.id }), ann.cohorts.get({ cohortId: MISSING_ID }), "Cohort");
    await expectSameAsMissing(
      ann.sessions.forCohort({ cohortId: bensCohort.id }),
      ann.sessions.forCohort({ cohortId: MISSING_ID }),
      "Cohort",
    );
    await expectSameAsMissing(ben.cohorts.get({ cohortId: annLeads.id }), ben.cohorts.get({ cohortId: MISSING_ID }), "Cohort");

    // their own, as lead or co-facilitator, they read
    expect((await ann.cohorts.get({ cohortId: annLeads.id })).name).toBe("Ann leads");
    expect((await ann.cohorts.get({ cohortId: annCoLeads.id })).name).toBe("Ann co-leads");
    expect(await ann.sessions.forCohort({ cohortId: annCoLeads.id })).toHaveLength(4);
  });

  it("losing a place on the team takes the cohort away at once", async () => {
    const cohort = await makeCohort(admin, program, annId, { name: "Handed over" });
    expect((await ann.cohorts.get({ cohortId: cohort.id })).name).toBe("Handed over");
    await admin.cohorts.setFacilitators({ cohortId: cohort.id, facilitators: { leadId: benId, coFacilitatorIds: [] } });
    await expectRefused(ann.cohorts.get({ cohortId: cohort.id }), "NOT_FOUND");
    expect((await ann.cohorts.list({})).rows.map((r) => r.id)).not.toContain(cohort.id);
    expect((await ben.cohorts.get({ cohortId: cohort.id })).name).toBe("Handed over");
  });

  it("a facilitator of another cohort cannot hold, cancel or move its sessions (by sessionId)", async () => {
    const session = await sessionOf(bensCohort.id, 2); // today
    await expectSameAsMissing(
      ann.sessions.markHeld({ sessionId: session.id }),
      ann.sessions.markHeld({ sessionId: MISSING_ID }),
      "Session",
    );
    await expectSameAsMissing(
      ann.sessions.cancel({ sessionId: session.id, reason: "Not mine", addMakeUp: true }),
      ann.sessions.cancel({ sessionId: MISSING_ID, reason: "Not mine", addMakeUp: true }),
      "Session",
    );
    const tomorrow = addDays(todayIn("America/Chicago"), 1);
    await expectSameAsMissing(
      ann.sessions.reschedule({ sessionId: session.id, date: tomorrow, time: "18:30" }),
      ann.sessions.reschedule({ sessionId: MISSING_ID, date: tomorrow, time: "18:30" }),
      "Session",
    );
    expect(await sessionOf(bensCohort.id, 2)).toEqual(session);
    expect(await storedSessions(db(), bensCohort.id)).toHaveLength(4);
    expect(await db().sessionChange.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("facilitators cannot use any admin procedure, even on their own cohort", async () => {
    await expectRefused(ann.cohorts.create(cohortInput(program, annId)), "FORBIDDEN");
    await expectRefused(
      ann.cohorts.preview({ programId: program.id, startDate: "2027-02-01", weekday: 1, startTime: "10:00", timeZone: "UTC" }),
      "FORBIDDEN",
    );
    await expectRefused(ann.cohorts.update({ cohortId: annLeads.id, name: "Renamed", capacity: 40 }), "FORBIDDEN");
    await expectRefused(
      ann.cohorts.setFacilitators({ cohortId: annLeads.id, facilitators: { leadId: annId, coFacilitatorIds: [benId] } }),
      "FORBIDDEN",
    );
    await expectRefused(ann.cohorts.changeStatus({ cohortId: annLeads.id, status: "CANCELLED", reason: "x" }), "FORBIDDEN");
    await expectRefused(ann.cohorts.postpone({ cohortId: annLeads.id, weeks: 1, reason: "x" }), "FORBIDDEN");
    await expectRefused(ann.cohorts.confirmGo({ cohortId: annLeads.id }), "FORBIDDEN");
    await expectRefused(ann.cohorts.atRisk(), "FORBIDDEN");
    expect(await db().cohort.findUniqueOrThrow({ where: { id: annLeads.id } })).toMatchObject({
      name: "Ann leads",
      status: "PLANNED",
      goConfirmedAt: null,
    });
  });
});

describe("staff read cohorts and sessions, and change nothing", () => {
  it("lists and reads every cohort and its sessions", async () => {
    const listed = (await staff.cohorts.list({ programId: program.id, pageSize: 100 })).rows.map((r) => r.id);
    expect(listed).toEqual(expect.arrayContaining([annLeads.id, annCoLeads.id, bensCohort.id]));
    expect((await staff.cohorts.get({ cohortId: bensCohort.id })).name).toBe("Ben alone");
    expect(await staff.sessions.forCohort({ cohortId: bensCohort.id })).toHaveLength(4);
  });

  it("every admin mutation and every session command is FORBIDDEN", async () => {
    const session = await sessionOf(bensCohort.id, 2);
    const cohortBefore = await db().cohort.findUniqueOrThrow({ where: { id: bensCohort.id } });
    await expectRefused(staff.cohorts.create(cohortInput(program, benId)), "FORBIDDEN");
    await expectRefused(
      staff.cohorts.preview({ programId: program.id, startDate: "2027-02-01", weekday: 1, startTime: "10:00", timeZone: "UTC" }),
      "FORBIDDEN",
    );
    await expectRefused(staff.cohorts.update({ cohortId: bensCohort.id, name: "Renamed" }), "FORBIDDEN");
    await expectRefused(
      staff.cohorts.setFacilitators({ cohortId: bensCohort.id, facilitators: { leadId: annId, coFacilitatorIds: [] } }),
      "FORBIDDEN",
    );
    await expectRefused(staff.cohorts.changeStatus({ cohortId: bensCohort.id, status: "CANCELLED", reason: "x" }), "FORBIDDEN");
    await expectRefused(staff.cohorts.postpone({ cohortId: bensCohort.id, weeks: 2, reason: "x" }), "FORBIDDEN");
    await expectRefused(staff.cohorts.confirmGo({ cohortId: bensCohort.id }), "FORBIDDEN");
    await expectRefused(staff.cohorts.atRisk(), "FORBIDDEN");
    await expectRefused(staff.sessions.markHeld({ sessionId: session.id }), "FORBIDDEN");
    await expectRefused(staff.sessions.cancel({ sessionId: session.id, reason: "x" }), "FORBIDDEN");
    await expectRefused(
      staff.sessions.reschedule({ sessionId: session.id, date: addDays(todayIn("America/Chicago"), 1), time: "18:30" }),
      "FORBIDDEN",
    );
    expect(await db().cohort.findUniqueOrThrow({ where: { id: bensCohort.id } })).toEqual(cohortBefore);
    expect(await sessionOf(bensCohort.id, 2)).toEqual(session);
  });
});

describe("unknown ids and anonymous callers", () => {
  it("answers NOT_FOUND for unknown cohorts and sessions, whoever asks", async () => {
    for (const caller of [admin, ann, staff]) {
      await expectRefused(caller.cohorts.get({ cohortId: MISSING_ID }), "NOT_FOUND");
      await expectRefused(caller.sessions.forCohort({ cohortId: MISSING_ID }), "NOT_FOUND");
    }
    await expectRefused(admin.sessions.markHeld({ sessionId: MISSING_ID }), "NOT_FOUND");
    await expectRefused(ann.sessions.cancel({ sessionId: MISSING_ID, reason: "x" }), "NOT_FOUND");
    await expectRefused(admin.sessions.reschedule({ sessionId: MISSING_ID, date: "2027-01-01", time: "10:00" }), "NOT_FOUND");
    await expectRefused(admin.cohorts.get({ cohortId: "not-a-uuid" }), "BAD_REQUEST", "cohortId");
  });

  it("refuses anyone not signed in", async () => {
    const anonymous = h.anonymous();
    await expectRefused(anonymous.cohorts.list({}), "UNAUTHORIZED");
    await expectRefused(anonymous.cohorts.get({ cohortId: annLeads.id }), "UNAUTHORIZED");
    await expectRefused(anonymous.sessions.forCohort({ cohortId: annLeads.id }), "UNAUTHORIZED");
    await expectRefused(anonymous.sessions.week({ weekOf: "2027-01-04" }), "UNAUTHORIZED");
    await expectRefused(anonymous.sessions.mine({ from: new Date() }), "UNAUTHORIZED");
    await expectRefused(anonymous.sessions.markHeld({ sessionId: (await sessionOf(annLeads.id, 1)).id }), "UNAUTHORIZED");
  });
});

describe("cohorts.list as a table", () => {
  let other: Program;
  let table: Program;
  const day = (offset: number) => addDays(todayIn("America/Chicago"), 100 + offset);
  let alder: { id: string };
  let birch: { id: string };
  let cedar: { id: string };
  let elsewhere: { id: string };

  beforeAll(async () => {
    other = await makeProgram(admin, { name: `Mindful parenting ${Date.now()}`, sessionCount: 1 });
    table = await makeProgram(admin, { name: `Table test ${Date.now()}`, sessionCount: 1 });
    alder = await makeCohort(admin, table, annId, { name: "Alder", startDate: day(0) });
    birch = await makeCohort(admin, table, benId, { name: "Birch", startDate: day(10) });
    cedar = await makeCohort(admin, table, annId, {
      name: "Cedar",
      startDate: day(20),
      facilitators: { leadId: annId, coFacilitatorIds: [benId] },
    });
    elsewhere = await makeCohort(admin, other, benId, { name: "Dogwood", startDate: day(10) });
    await admin.cohorts.changeStatus({ cohortId: birch.id, status: "OPEN_FOR_INTAKE", reason: "Ready" });
    await admin.cohorts.changeStatus({ cohortId: cedar.id, status: "CANCELLED", reason: "No room" });
  });

  const ids = async (filters: Parameters<Caller["cohorts"]["list"]>[0]) =>
    (await admin.cohorts.list(filters)).rows.map((r) => r.id);

  it("filters by program, status, facilitator, start dates (inclusive) and search", async () => {
    expect(await ids({ programId: table.id })).toEqual([alder.id, birch.id, cedar.id]);
    expect(await ids({ programId: table.id, status: "OPEN_FOR_INTAKE" })).toEqual([birch.id]);
    expect(await ids({ programId: table.id, status: "CANCELLED" })).toEqual([cedar.id]);
    expect(await ids({ programId: table.id, facilitatorId: benId })).toEqual([birch.id, cedar.id]);
    expect(await ids({ programId: table.id, facilitatorId: annId })).toEqual([alder.id, cedar.id]);
    expect(await ids({ programId: table.id, startFrom: day(10) })).toEqual([birch.id, cedar.id]);
    expect(await ids({ programId: table.id, startTo: day(10) })).toEqual([alder.id, birch.id]);
    expect(await ids({ startFrom: day(10), startTo: day(10) })).toEqual([birch.id, elsewhere.id].sort());
    expect(await ids({ startFrom: day(1), startTo: day(9) })).toEqual([]);
    expect(await ids({ q: "bIrCh" })).toEqual([birch.id]);
    // the search looks at the program's name too
    expect(await ids({ q: other.name.toUpperCase() })).toEqual([elsewhere.id]);
  });

  it("returns the row a table needs: program, facilitators, enrollment and session counts", async () => {
    await enrollMembers(h.services.db, cedar.id, 2);
    await enrollMembers(h.services.db, cedar.id, 1, "WITHDREW"); // counts members enrolled now only
    const [row] = (await admin.cohorts.list({ programId: table.id, facilitatorId: benId, status: "CANCELLED" })).rows;
    expect(row).toMatchObject({
      name: "Cedar",
      status: "CANCELLED",
      startDate: new Date(`${day(20)}T00:00:00Z`),
      program: { id: table.id, name: table.name },
      _count: { enrollments: 2, sessions: 1 },
    });
    expect(row?.facilitators.map((f) => [f.role, f.user.name])).toEqual([
      ["LEAD", "Ann Alvarez"],
      ["CO_FACILITATOR", "Ben Brooks"],
    ]);
  });

  it("sorts by the chosen column either way", async () => {
    expect(await ids({ programId: table.id, sort: "name", desc: true })).toEqual([cedar.id, birch.id, alder.id]);
    expect(await ids({ programId: table.id, sort: "startDate", desc: true })).toEqual([cedar.id, birch.id, alder.id]);
    expect(await ids({ programId: table.id, sort: "name" })).toEqual([alder.id, birch.id, cedar.id]);
  });

  it("pages in a stable order with the total", async () => {
    const many = await makeProgram(admin, { name: `Paging ${Date.now()}`, sessionCount: 1 }, { modules: 0 });
    const made: string[] = [];
    for (let i = 0; i < 12; i++)
      made.push((await makeCohort(admin, many, annId, { name: `Paged ${i}`, startDate: day(i % 3) })).id);
    const first = await admin.cohorts.list({ programId: many.id, pageSize: 10, page: 1 });
    const second = await admin.cohorts.list({ programId: many.id, pageSize: 10, page: 2 });
    expect(first).toMatchObject({ total: 12, page: 1, pageSize: 10 });
    expect(first.rows).toHaveLength(10);
    expect(second.rows).toHaveLength(2);
    const seen = [...first.rows, ...second.rows];
    expect(seen.map((r) => r.id).sort()).toEqual([...made].sort());
    // ordered by start date
    const starts = seen.map((r) => r.startDate.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect((await admin.cohorts.list({ programId: many.id, pageSize: 10, page: 3 })).rows).toEqual([]);
  });

  it("refuses a page size or sort column outside the allowed ones, naming the field", async () => {
    await expectRefused(admin.cohorts.list({ pageSize: 7 }), "BAD_REQUEST", "pageSize");
    await expectRefused(admin.cohorts.list({ sort: "programId" as "name" }), "BAD_REQUEST", "sort");
    await expectRefused(admin.cohorts.list({ startFrom: "next week" }), "BAD_REQUEST", "startFrom");
  });
});
