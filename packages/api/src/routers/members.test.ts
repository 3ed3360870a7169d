import { LIST_COUNT_CAP } from "@circle/core";
import { uniqueSuffix } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import {
  expectRefusal,
  makeConsentingMember,
  makeProgramWithConsent,
  makeWaitlistedMember,
  newMember,
  recordApplication,
} from "../testing/intake.ts";
import { type Caller, MISSING_ID, makeCohort } from "../testing/programs.ts";
import { expectRefused, expectSameAsMissing } from "../testing/refusals.ts";

// Member records: admins see all; a facilitator sees the members of the cohorts they facilitate
// (enrolled there, or applying to them); reporting staff see none.

let h: Harness;
let admin: Caller;
let lead: Caller;
let coFacilitator: Caller;
let otherFacilitator: Caller;
let staff: Caller;
const people: Record<"enrolled" | "applicant" | "elsewhere" | "unplaced", { memberId: string; applicationId: string }> =
  {} as never;
let cohortId: string;
let otherCohortId: string;

beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN", { name: "Avery Admin" }));
  const leadUser = await h.signedIn("FACILITATOR", { name: "Lee Lead" });
  const coUser = await h.signedIn("FACILITATOR", { name: "Cam Co" });
  const otherUser = await h.signedIn("FACILITATOR", { name: "Oli Other" });
  ({ caller: staff } = await h.signedIn("STAFF", { name: "Sam Staff" }));
  [lead, coFacilitator, otherFacilitator] = [leadUser.caller, coUser.caller, otherUser.caller];

  const program = await makeProgramWithConsent(admin);
  const cohort = await makeCohort(admin, program, leadUser.user.id, {
    facilitators: { leadId: leadUser.user.id, coFacilitatorIds: [coUser.user.id] },
  });
  const otherCohort = await makeCohort(admin, program, otherUser.user.id);
  [cohortId, otherCohortId] = [cohort.id, otherCohort.id];
  const db = h.services.db;

  people.enrolled = await makeConsentingMember(admin, db, program, { member: { firstName: "Quinn", lastName: "Abara" } });
  await admin.enrollment.enroll({ cohortId, memberId: people.enrolled.memberId });
  people.applicant = await makeConsentingMember(admin, db, program, {
    cohortId,
    member: { firstName: "Quinn", lastName: "Bianchi" },
  });
  people.elsewhere = await makeConsentingMember(admin, db, program, { member: { firstName: "Quinn", lastName: "Castro" } });
  await admin.enrollment.enroll({ cohortId: otherCohortId, memberId: people.elsewhere.memberId });
  people.unplaced = await makeConsentingMember(admin, db, program, { member: { firstName: "Quinn", lastName: "Dlamini" } });
});
afterAll(() => h.close());

const idsOf = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id).sort();
const idsFor = (...keys: (keyof typeof people)[]) => keys.map((k) => people[k].memberId).sort();

describe("members.list", () => {
  it("admins see every member", async () => {
    const page = await admin.members.list({ q: "quinn", pageSize: 100 });
    expect(idsOf(page)).toEqual(idsFor("enrolled", "applicant", "elsewhere", "unplaced"));
    expect(page.total).toBe(4);
    expect(page).not.toHaveProperty("totalIsAtLeast");
  });

  it("a facilitator sees only the members of their cohorts, enrolled or applying", async () => {
    expect(idsOf(await lead.members.list({ pageSize: 100 }))).toEqual(idsFor("enrolled", "applicant"));
    expect(idsOf(await coFacilitator.members.list({ pageSize: 100 }))).toEqual(idsFor("enrolled", "applicant"));
    expect(idsOf(await otherFacilitator.members.list({ pageSize: 100 }))).toEqual(idsFor("elsewhere"));
    // filtering on someone else's cohort reveals nothing
    expect(await lead.members.list({ cohortId: otherCohortId })).toMatchObject({ rows: [], total: 0 });
    expect(await lead.members.list({ q: "Castro" })).toMatchObject({ rows: [], total: 0 });
  });

  it("searches, sorts and pages for admins", async () => {
    expect(idsOf(await admin.members.list({ q: "quinn castro" }))).toEqual(idsFor("elsewhere"));
    const byLastName = await admin.members.list({ q: "quinn", sort: "lastName" });
    expect(byLastName.rows.map((r) => r.lastName.split("-")[0])).toEqual(["Abara", "Bianchi", "Castro", "Dlamini"]);
    expect(byLastName.rows[0]?.enrollments).toEqual([{ cohort: expect.objectContaining({ id: cohortId }) }]);
    const secondPage = await admin.members.list({ q: "quinn", sort: "lastName", desc: true, pageSize: 10, page: 2 });
    expect(secondPage).toMatchObject({ rows: [], total: 4, page: 2 });
  });

  it("counts a search's matches only up to a cap, saying so, and further when a later page is shown", async () => {
    // More people share a surname than the list counts; a few of them are in a facilitator's cohort.
    const surname = `Many${uniqueSuffix()}`;
    const db = h.services.db;
    const many = LIST_COUNT_CAP + 30;
    await db.member.createMany({
      data: Array.from({ length: many }, (_, i) => ({ firstName: `Kim ${i}`, lastName: surname })),
    });
    const facilitator = await h.signedIn("FACILITATOR");
    const cohort = await makeCohort(admin, await makeProgramWithConsent(admin), facilitator.user.id);
    const mine = await db.member.findMany({ where: { lastName: surname }, take: 3, select: { id: true } });
    await db.enrollment.createMany({ data: mine.map((m) => ({ cohortId: cohort.id, memberId: m.id })) });

    expect(await admin.members.list({ q: surname, pageSize: 25 })).toMatchObject({
      total: LIST_COUNT_CAP,
      totalIsAtLeast: true,
      rows: expect.arrayContaining([expect.objectContaining({ lastName: surname })]),
    });
    // the first page past the cap counts one page further, the one after it reaches the end
    const pastCap = LIST_COUNT_CAP / 25 + 1;
    expect(await admin.members.list({ q: surname, pageSize: 25, page: pastCap })).toMatchObject({
      total: pastCap * 25,
      totalIsAtLeast: true,
    });
    const last = await admin.members.list({ q: surname, pageSize: 25, page: pastCap + 1 });
    expect(last).toMatchObject({ total: many });
    expect(last).not.toHaveProperty("totalIsAtLeast");
    expect(last.rows).toHaveLength(many - pastCap * 25);

    // a facilitator's count holds only their cohorts' members, exactly
    const theirs = await facilitator.caller.members.list({ q: surname, pageSize: 100 });
    expect(idsOf(theirs)).toEqual(mine.map((m) => m.id).sort());
    expect(theirs.total).toBe(3);
    expect(theirs).not.toHaveProperty("totalIsAtLeast");
    expect(await lead.members.list({ q: surname })).toMatchObject({ rows: [], total: 0 });
  });

  it("staff are refused member records", async () => {
    await expectRefusal(staff.members.list({}), "FORBIDDEN", "Reporting staff see aggregate reports, not member records");
    await expectRefused(h.anonymous().members.list({}), "UNAUTHORIZED");
  });
});

describe("members.get", () => {
  it("shows contact, enrollments, applications and waitlist places, without screening answers or intake notes", async () => {
    const program = await makeProgramWithConsent(admin);
    const cohort = await makeCohort(admin, program, (await h.signedIn("FACILITATOR")).user.id);
    const waiting = await makeWaitlistedMember(admin, h.services.db, program, cohort.id);
    const profile = await admin.members.get({ memberId: waiting.memberId });
    expect(profile).toMatchObject({
      id: waiting.memberId,
      firstName: "Robin",
      pronouns: "they/them",
      email: expect.stringMatching(/@example\.org$/),
      enrollments: [],
      applications: [{ id: waiting.applicationId, status: "WAITLISTED", riskFlagged: false, cohort: { name: cohort.name } }],
      waitlistEntries: [{ status: "WAITING", position: 1, cohort: { id: cohort.id, name: cohort.name } }],
      consentRecords: [expect.objectContaining({ action: "GIVEN", method: "E_SIGNATURE" })],
    });
    expect(profile.applications[0]).not.toHaveProperty("intakeNotes");
    expect(profile.applications[0]).not.toHaveProperty("answers");
    // who opened this person's record is kept, as for screening answers
    const reads = await h.services.db.auditEvent.findMany({
      where: { action: "member.read_profile", entityId: waiting.memberId },
    });
    expect(reads).toHaveLength(1);
  });

  it("a refused read writes no read event", async () => {
    const program = await makeProgramWithConsent(admin);
    const cohort = await makeCohort(admin, program, (await h.signedIn("FACILITATOR")).user.id);
    const waiting = await makeWaitlistedMember(admin, h.services.db, program, cohort.id);
    await expectRefused(otherFacilitator.members.get({ memberId: waiting.memberId }), "NOT_FOUND");
    expect(await h.services.db.auditEvent.count({ where: { action: "member.read_profile", entityId: waiting.memberId } })).toBe(
      0,
    );
    expect(await h.services.db.auditEvent.count({ where: { action: "access.deny", entityId: waiting.memberId } })).toBe(1);
  });

  it("a facilitator opens their cohorts' members only; others' by id answer as missing ones", async () => {
    const missing = (caller: Caller) => caller.members.get({ memberId: MISSING_ID });
    for (const key of ["enrolled", "applicant"] as const) {
      expect((await lead.members.get({ memberId: people[key].memberId })).id).toBe(people[key].memberId);
      expect((await coFacilitator.members.get({ memberId: people[key].memberId })).id).toBe(people[key].memberId);
      await expectSameAsMissing(
        otherFacilitator.members.get({ memberId: people[key].memberId }),
        missing(otherFacilitator),
        "Member",
      );
    }
    for (const key of ["elsewhere", "unplaced"] as const) {
      await expectSameAsMissing(lead.members.get({ memberId: people[key].memberId }), missing(lead), "Member");
    }
    expect((await otherFacilitator.members.get({ memberId: people.elsewhere.memberId })).id).toBe(people.elsewhere.memberId);
  });

  it("staff are refused; an unknown member is NOT_FOUND", async () => {
    await expectRefusal(
      staff.members.get({ memberId: people.enrolled.memberId }),
      "FORBIDDEN",
      "Reporting staff see aggregate reports, not member records",
    );
    await expectRefusal(admin.members.get({ memberId: MISSING_ID }), "NOT_FOUND", "Member not found");
  });
});

describe("members.update", () => {
  it("admins correct a member's details; nobody else can", async () => {
    const application = await recordApplication(admin, { id: (await makeProgramWithConsent(admin)).id });
    const details = newMember({ firstName: "Robyn", accessibilityNeeds: "Step-free access" });
    for (const caller of [lead, staff]) {
      await expectRefused(caller.members.update({ memberId: application.memberId, member: details }), "FORBIDDEN");
    }
    await admin.members.update({ memberId: application.memberId, member: details });
    expect(await admin.members.get({ memberId: application.memberId })).toMatchObject({
      firstName: "Robyn",
      accessibilityNeeds: "Step-free access",
    });
  });
});
