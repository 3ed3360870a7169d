import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import type { Caller } from "../testing/programs.ts";
import { expectRefused } from "../testing/refusals.ts";
import { buildReportOrganisation, QUARTER, type ReportOrganisation } from "../testing/report-organisation.ts";

// Every figure below is worked out by hand from testing/report-organisation.ts.
let harness: Harness;
let org: ReportOrganisation;
let staff: Caller;
let admin: Caller;
let facilitatorAB: Caller;
let facilitatorC: Caller;

beforeAll(async () => {
  harness = await openHarness();
  ({ caller: staff } = await harness.signedIn("STAFF"));
  ({ caller: admin } = await harness.signedIn("ADMIN"));
  const ab = await harness.signedIn("FACILITATOR");
  const c = await harness.signedIn("FACILITATOR");
  facilitatorAB = ab.caller;
  facilitatorC = c.caller;
  org = await buildReportOrganisation(harness.services.db, { ofAB: ab.user, ofC: c.user });
});
afterAll(() => harness.close());

const page = (filters: object) => ({ filters: { ...QUARTER, ...filters }, page: 1, pageSize: 25 });

describe("attendance report", () => {
  it("counts the quarter's sessions and marks per cohort: cancelled sessions, excused marks and the range's edge", async () => {
    const { rows, total } = await staff.reports.attendanceCohorts(page({}));
    expect(total).toBe(3);
    const byId = new Map(rows.map((row) => [row.cohortId, row]));
    expect(byId.get(org.cohortA.id)).toMatchObject({
      sessionsScheduled: 4,
      sessionsHeld: 3,
      sessionsCancelled: 1,
      present: 5,
      late: 1,
      leftEarly: 1,
      excused: 1,
      absent: 2,
      uniqueMembersAttending: 3,
      participantHours: 10.5,
    });
    expect(byId.get(org.cohortA.id)?.attendanceRate).toBeCloseTo(7 / 9);
    // Cohort B: only its two sessions dated in the quarter in Los Angeles count.
    expect(byId.get(org.cohortB.id)).toMatchObject({
      sessionsScheduled: 2,
      sessionsHeld: 2,
      present: 3,
      absent: 1,
      attendanceRate: 0.75,
      uniqueMembersAttending: 2,
      participantHours: 4.5,
    });
    expect(byId.get(org.cohortC.id)).toMatchObject({
      present: 2,
      excused: 1,
      absent: 1,
      participantHours: 2,
      uniqueMembersAttending: 2,
    });
    expect(byId.get(org.cohortC.id)?.attendanceRate).toBeCloseTo(2 / 3);
  });

  it("totals the organisation with each member counted once, and charts the weeks", async () => {
    const summary = await staff.reports.attendance(QUARTER);
    expect(summary.cohorts).toBe(3);
    expect(summary.total).toEqual({
      sessionsScheduled: 8,
      sessionsHeld: 7,
      sessionsCancelled: 1,
      present: 10,
      late: 1,
      leftEarly: 1,
      excused: 2,
      absent: 4,
      attendanceRate: 0.75,
      // m1 attends in cohorts A and B: one person
      uniqueMembersAttending: 6,
      participantHours: 17,
    });
    expect(summary.weeks.map((w) => [w.weekOf, w.attendanceRate])).toEqual([
      ["2026-01-05", 3 / 5],
      ["2026-01-12", 4 / 5],
      ["2026-01-26", 1],
      ["2026-02-02", 1],
      ["2026-02-09", 0],
    ]);
  });

  it("filters by program, group type and delivery", async () => {
    const support = await staff.reports.attendance({ ...QUARTER, programId: org.support.id });
    expect(support.cohorts).toBe(2);
    expect(support.total.uniqueMembersAttending).toBe(4);
    const therapy = await staff.reports.attendance({ ...QUARTER, groupType: "THERAPY", delivery: "ONLINE" });
    expect(therapy.total).toMatchObject({ sessionsHeld: 2, present: 2, participantHours: 2 });
    const none = await staff.reports.attendance({ ...QUARTER, groupType: "THERAPY", delivery: "IN_PERSON" });
    expect(none.cohorts).toBe(0);
    expect(none.total.attendanceRate).toBeNull();
  });

  it("pages the cohorts on the server", async () => {
    const first = await staff.reports.attendanceCohorts({ ...page({}), pageSize: 10 });
    expect(first.rows.map((r) => r.cohortId)).toEqual([org.cohortB.id, org.cohortA.id, org.cohortC.id]);
    const beyond = await staff.reports.attendanceCohorts({ ...page({}), page: 2, pageSize: 10 });
    expect(beyond.rows).toEqual([]);
  });

  it("gives a facilitator their own cohorts only, whatever the filters say", async () => {
    const own = await facilitatorAB.reports.attendance(QUARTER);
    expect(own.cohorts).toBe(2);
    expect(own.total.uniqueMembersAttending).toBe(4);
    const foreign = await facilitatorAB.reports.attendanceCohorts(page({ cohortId: org.cohortC.id }));
    expect(foreign).toMatchObject({ rows: [], total: 0 });
    const byOtherFacilitator = await facilitatorAB.reports.attendance({ ...QUARTER, facilitatorId: org.facilitatorOfC.id });
    expect(byOtherFacilitator.cohorts).toBe(0);
    expect(byOtherFacilitator.total.present).toBe(0);
    const c = await facilitatorC.reports.attendanceCohorts(page({}));
    expect(c.rows.map((r) => r.cohortId)).toEqual([org.cohortC.id]);
  });

  it("refuses bad filters naming the field, and anyone signed out", async () => {
    await expectRefused(staff.reports.attendance({ from: "2026-03-31", to: "2026-01-01" }), "BAD_REQUEST", "to");
    await expectRefused(staff.reports.attendance({ from: "2026-13-01", to: "2026-01-01" }), "BAD_REQUEST", "from");
    await expectRefused(staff.reports.attendance({ ...QUARTER, programId: "not-an-id" }), "BAD_REQUEST", "programId");
    await expectRefused(harness.anonymous().reports.attendance(QUARTER), "UNAUTHORIZED");
  });
});

describe("participation and outcomes report", () => {
  it("counts people served once, enrollments, outcomes and retention", async () => {
    const report = await admin.reports.participation({ ...QUARTER, byLanguage: true });
    expect(report.total).toEqual({
      peopleServed: 6,
      newEnrollments: 3,
      // m1 completed; m2 stayed to the end below the rule: ended, but not a completion
      completions: 1,
      notCompleted: 1,
      withdrawals: 1,
      drops: 1,
      activeEnrollments: 8,
      retentionRate: 0.75,
      completionRate: 0.25,
    });
    const program = (id: string) => report.rows.find((row) => row.by === "program" && row.programId === id);
    expect(program(org.support.id)).toMatchObject({
      groupType: "SUPPORT",
      peopleServed: 4,
      newEnrollments: 1,
      completions: 1,
      notCompleted: 1,
      withdrawals: 1,
      drops: 1,
      activeEnrollments: 6,
    });
    expect(program(org.therapy.id)).toMatchObject({ peopleServed: 2, newEnrollments: 2, activeEnrollments: 2, retentionRate: 1 });
    const types = report.rows.filter((row) => row.by === "groupType").map((row) => [row.groupType, row.peopleServed]);
    expect(types).toEqual([
      ["SUPPORT", 4],
      ["THERAPY", 2],
    ]);
    const languages = report.rows.flatMap((row) => (row.by === "language" ? [[row.language, row.peopleServed]] : []));
    expect(languages).toEqual([
      ["English", 3],
      ["Not recorded", 1],
      ["Spanish", 2],
    ]);
    expect(report.endReasons).toEqual([
      { status: "WITHDREW", reason: "Moved away", count: 1 },
      { status: "DROPPED", reason: "No contact after three missed sessions", count: 1 },
    ]);
  });

  it("leaves the language breakdown out unless asked, and scopes a facilitator", async () => {
    const staffView = await staff.reports.participation(QUARTER);
    expect(staffView.rows.some((row) => row.by === "language")).toBe(false);
    // Each reason belongs to one person here: staff get them counted together, never the text.
    expect(staffView.endReasons).toEqual([
      { status: "WITHDREW", reason: "Other reasons (each fewer than 3)", count: 1 },
      { status: "DROPPED", reason: "Other reasons (each fewer than 3)", count: 1 },
    ]);
    const own = await facilitatorC.reports.participation(QUARTER);
    expect(own.total).toMatchObject({ peopleServed: 2, activeEnrollments: 2, withdrawals: 0 });
    const foreign = await facilitatorC.reports.participation({ ...QUARTER, programId: org.support.id });
    expect(foreign.total.activeEnrollments).toBe(0);
    expect(foreign.endReasons).toEqual([]);
  });
});

describe("intake funnel", () => {
  it("counts the quarter's applications through the funnel, by status and source, with decision times", async () => {
    const report = await staff.reports.intake(QUARTER);
    expect(report.total).toEqual({
      submitted: 5,
      screened: 4,
      interviewed: 2,
      accepted: 2,
      enrolled: 2,
      waitlisted: 1,
      declined: 1,
      referredElsewhere: 0,
      withdrawn: 0,
      open: 1,
      riskFlagged: 1,
      medianDaysToDecision: 3,
      p90DaysToDecision: 8.2,
    });
    expect(report.byStatus).toEqual([
      { status: "SUBMITTED", count: 1 },
      { status: "ACCEPTED", count: 2 },
      { status: "WAITLISTED", count: 1 },
      { status: "DECLINED", count: 1 },
    ]);
    expect(Object.fromEntries(report.bySource.map((s) => [s.source, s.count]))).toEqual({
      SELF: 2,
      CLINICIAN: 1,
      PRIMARY_CARE: 1,
      FAMILY_OR_FRIEND: 1,
    });
    expect(report.programs.map((p) => [p.programId, p.submitted])).toEqual(
      expect.arrayContaining([
        [org.support.id, 4],
        [org.therapy.id, 1],
      ]),
    );
    expect(report.waitlists).toEqual([
      { programName: expect.stringContaining("Grief support"), cohortName: null, waiting: 1, offered: 0 },
      {
        programName: expect.stringContaining("Grief support"),
        cohortName: expect.stringContaining("Cohort A"),
        waiting: 2,
        offered: 1,
      },
    ]);
  });

  it("shows a facilitator the applications and waitlists of their own cohorts only", async () => {
    const own = await facilitatorAB.reports.intake(QUARTER);
    expect(own.total.submitted).toBe(3);
    expect(own.waitlists).toHaveLength(1);
    const foreign = await facilitatorAB.reports.intake({ ...QUARTER, cohortId: org.cohortC.id });
    expect(foreign.total.submitted).toBe(0);
    expect(foreign.waitlists).toEqual([]);
  });

  it("never carries intake notes, screening answers or end reasons' authors", async () => {
    const text = JSON.stringify(await staff.reports.intake(QUARTER));
    expect(text).not.toContain("Private");
  });
});

describe("referral report", () => {
  it("counts the quarter's referrals by category, urgency and outcome, with time to close and overdue follow-ups", async () => {
    const report = await staff.reports.referrals(QUARTER);
    expect(report.total).toEqual({
      referrals: 4,
      routine: 2,
      urgent: 1,
      emergency: 1,
      successful: 1,
      unsuccessful: 1,
      open: 2,
      overdue: 1,
      medianDaysToClose: 6,
      p90DaysToClose: 9.2,
    });
    expect(report.categories.map((c) => [c.category, c.referrals])).toEqual([
      ["INDIVIDUAL_THERAPY", 1],
      ["PSYCHIATRY", 1],
      ["CRISIS_SERVICES", 1],
      ["HOUSING", 1],
    ]);
    expect(report.closeReasons).toEqual([{ reason: "MEMBER_REFUSED", count: 1 }]);
    expect(JSON.stringify(report)).not.toContain("Private");
  });

  it("narrows by filters and to a facilitator's own cohorts", async () => {
    expect((await staff.reports.referrals({ ...QUARTER, programId: org.support.id })).total.referrals).toBe(2);
    expect((await facilitatorAB.reports.referrals(QUARTER)).total.referrals).toBe(2);
    expect((await facilitatorAB.reports.referrals({ ...QUARTER, cohortId: org.cohortC.id })).total.referrals).toBe(0);
    expect((await facilitatorC.reports.referrals(QUARTER)).total).toMatchObject({ referrals: 1, overdue: 1 });
  });
});

describe("saved views", () => {
  it("saves a named view with its filters, replaces it under the same name, and lists only the user's own", async () => {
    const saved = await staff.reports.saveView({
      name: "Support, Q1",
      report: "attendance",
      filters: { ...QUARTER, programId: org.support.id },
    });
    expect(saved).toMatchObject({ name: "Support, Q1", report: "attendance", filters: { programId: org.support.id } });
    // a double click, a retry and a second tab: one view
    await Promise.all(
      Array.from({ length: 5 }, () => staff.reports.saveView({ name: "Support, Q1", report: "participation", filters: QUARTER })),
    );
    const views = await staff.reports.savedViews();
    expect(views).toEqual([expect.objectContaining({ id: saved.id, report: "participation", filters: QUARTER })]);
    expect(await admin.reports.savedViews()).toEqual([]);
  });

  it("removes a view for its owner only; another's view and a missing one are answered alike", async () => {
    const view = await admin.reports.saveView({ name: "Intake this quarter", report: "intake", filters: QUARTER });
    await expectRefused(staff.reports.removeView({ viewId: view.id }), "NOT_FOUND");
    await expectRefused(staff.reports.removeView({ viewId: "0190a0a0-0000-7000-8000-000000000000" }), "NOT_FOUND");
    await admin.reports.removeView({ viewId: view.id });
    expect(await admin.reports.savedViews()).toEqual([]);
  });

  it("refuses a view without a name or with bad filters, naming the field", async () => {
    await expectRefused(staff.reports.saveView({ name: " ", report: "attendance", filters: QUARTER }), "BAD_REQUEST", "name");
    await expectRefused(
      staff.reports.saveView({ name: "Backwards", report: "attendance", filters: { from: "2026-02-01", to: "2026-01-01" } }),
      "BAD_REQUEST",
      "filters.to",
    );
  });
});
