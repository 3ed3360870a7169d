import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { makeProgramWithConsent, moveThrough, type ProgramWithConsent, recordApplication } from "../testing/intake.ts";
import { type Caller, cohortInput, MISSING_ID } from "../testing/programs.ts";
import { expectRefused, expectSameAsMissing } from "../testing/refusals.ts";

// The facilitator's part in intake and consent, for their own cohorts: the queue, the pre-group
// interview, the recommendation an administrator reads and may overrule, risk flags (licensed
// facilitators acknowledge, peers note and escalate), and consent collected in the room.

let h: Harness;
let admin: Caller;
let lead: Caller;
let leadId: string;
let peer: Caller;
let peerId: string;
let other: Caller;
let otherId: string;
let staff: Caller;
let program: ProgramWithConsent;
let cohort: { id: string };
let otherCohort: { id: string };
let riskQuestionId: string;

const db = () => h.services.db;
const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000);

async function licence(userId: string) {
  await admin.users.addCredential({ userId, kind: "PROFESSIONAL_LICENCE", title: "LCSW" });
}

async function makeCohortWith(p: ProgramWithConsent, leadUserId: string, coFacilitatorIds: string[] = []) {
  return admin.cohorts.create(cohortInput(p, leadUserId, { facilitators: { leadId: leadUserId, coFacilitatorIds } }));
}

async function addRiskQuestion(p: { id: string }) {
  const question = await admin.intake.addQuestion({
    programId: p.id,
    question: {
      prompt: "Any thoughts of harming yourself?",
      kind: "YES_NO",
      riskAnswers: ["yes"],
      riskLabel: "Self-harm",
      required: false,
    },
  });
  return question.id;
}

beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN", { name: "Avery Admin" }));
  ({
    caller: lead,
    user: { id: leadId },
  } = await h.signedIn("FACILITATOR", { name: "Lee Lead" }));
  ({
    caller: peer,
    user: { id: peerId },
  } = await h.signedIn("FACILITATOR", { name: "Pat Peer" }));
  ({
    caller: other,
    user: { id: otherId },
  } = await h.signedIn("FACILITATOR", { name: "Oli Other" }));
  ({ caller: staff } = await h.signedIn("STAFF", { name: "Sam Staff" }));
  await licence(leadId);
  program = await makeProgramWithConsent(admin);
  cohort = await makeCohortWith(program, leadId, [peerId]);
  otherCohort = await makeCohortWith(program, otherId);
  riskQuestionId = await addRiskQuestion(program);
});
afterAll(() => h.close());

describe("the facilitator's intake queue", () => {
  let mine: { id: string }[];
  let flagged: { id: string };
  let theirs: { id: string };
  let unplaced: { id: string };
  beforeAll(async () => {
    mine = [
      await recordApplication(admin, program, { cohortId: cohort.id }),
      await recordApplication(admin, program, { cohortId: cohort.id }),
    ];
    flagged = await recordApplication(admin, program, {
      cohortId: cohort.id,
      answers: [{ questionId: riskQuestionId, value: true }],
    });
    theirs = await recordApplication(admin, program, { cohortId: otherCohort.id });
    unplaced = await recordApplication(admin, program);
  });

  it("lists their cohorts' applications, flagged first, and nothing of another cohort's or the program's unplaced ones", async () => {
    const page = await lead.intake.queue({ cohortId: undefined, pageSize: 50 });
    expect(page.rows[0]?.id).toBe(flagged.id);
    expect(page.rows.map((r) => r.id).sort()).toEqual([...mine.map((m) => m.id), flagged.id].sort());
    expect(page.total).toBe(3);
    // a co-facilitator sees the same cohort; the other cohort's facilitator sees only theirs
    expect((await peer.intake.queue({})).total).toBe(3);
    expect((await other.intake.queue({})).rows.map((r) => r.id)).toEqual([theirs.id]);
    // a filter on someone else's cohort leaks nothing
    expect(await lead.intake.queue({ cohortId: otherCohort.id })).toMatchObject({ rows: [], total: 0 });
    expect((await admin.intake.queue({ pageSize: 100 })).rows.map((r) => r.id)).toEqual(
      expect.arrayContaining([theirs.id, unplaced.id]),
    );
  });

  it("filters stay within their cohorts: flagged only, by status", async () => {
    expect((await lead.intake.queue({ flagged: true })).rows.map((r) => r.id)).toEqual([flagged.id]);
    const [first] = mine;
    if (!first) throw new Error("no application");
    await lead.intake.move({ applicationId: first.id, to: "SCREENING", reason: "Reading the answers" });
    expect((await lead.intake.queue({ status: "SCREENING" })).rows.map((r) => r.id)).toEqual([first.id]);
  });

  it("shows a program's unplaced applications to its live cohorts' facilitators when the program says so", async () => {
    const open = await makeProgramWithConsent(admin, { facilitatorsSeeUnplaced: true });
    await makeCohortWith(open, leadId);
    const waiting = await recordApplication(admin, open);
    expect((await lead.intake.queue({ programId: open.id })).rows.map((r) => r.id)).toEqual([waiting.id]);
    expect(await other.intake.queue({ programId: open.id })).toMatchObject({ total: 0 });
    // reading it is audited under the facilitator's name
    expect((await lead.intake.get({ applicationId: waiting.id })).can).toMatchObject({ takePart: true, decide: false });
    const reads = await db().auditEvent.findMany({ where: { entityId: waiting.id, action: "application.read_screening" } });
    expect(reads.map((e) => e.actorId)).toEqual([leadId]);
    await expectSameAsMissing(
      other.intake.get({ applicationId: waiting.id }),
      other.intake.get({ applicationId: MISSING_ID }),
      "Application",
    );
  });

  it("staff have no queue", async () => {
    await expectRefused(staff.intake.queue({}), "FORBIDDEN");
  });
});

describe("the pre-group interview and the recommendation", () => {
  it("a facilitator schedules and records the interview and recommends; the admin sees who recommended what", async () => {
    const application = await recordApplication(admin, program, { cohortId: cohort.id });
    await lead.intake.move({ applicationId: application.id, to: "SCREENING", reason: "Reading the answers" });
    const at = inTwoDays();
    await lead.intake.move({
      applicationId: application.id,
      to: "INTERVIEW_SCHEDULED",
      reason: "Meeting before the group",
      interviewAt: at,
      interviewerId: leadId,
    });
    const week = await lead.intake.myInterviews({ from: new Date(), to: new Date(Date.now() + 7 * 86_400_000) });
    expect(week.map((i) => i.id)).toContain(application.id);
    expect(await other.intake.myInterviews({ from: new Date(), to: new Date(Date.now() + 7 * 86_400_000) })).toEqual([]);

    await lead.intake.recordInterviewNotes({ applicationId: application.id, notes: "Talked through the group agreement" });
    await lead.intake.recommend({ applicationId: application.id, recommendation: "ACCEPT", reason: "Ready for a group" });

    const detail = await admin.intake.get({ applicationId: application.id });
    expect(detail).toMatchObject({
      status: "INTERVIEW_SCHEDULED",
      interviewNotes: "Talked through the group agreement",
      interviewNotesBy: { name: "Lee Lead" },
      recommendation: "ACCEPT",
      recommendationReason: "Ready for a group",
      recommendedBy: { name: "Lee Lead" },
    });
    const row = (await admin.intake.queue({ pageSize: 100 })).rows.find((r) => r.id === application.id);
    expect(row).toMatchObject({ recommendation: "ACCEPT", recommendedBy: { name: "Lee Lead" } });
  });

  it("a facilitator books the interview for themselves or a colleague on the cohort, nobody else", async () => {
    const application = await recordApplication(admin, program, { cohortId: cohort.id });
    await moveThrough(lead, application.id, "SCREENING");
    const schedule = (interviewerId: string) =>
      lead.intake.move({
        applicationId: application.id,
        to: "INTERVIEW_SCHEDULED",
        reason: "Meet",
        interviewAt: inTwoDays(),
        interviewerId,
      });
    await expectRefused(schedule(otherId), "BAD_REQUEST", "interviewerId");
    await expect(schedule(peerId)).resolves.toMatchObject({ status: "INTERVIEW_SCHEDULED" });
  });

  it("notes wait for a scheduled interview, and nothing changes once the application is decided", async () => {
    const application = await recordApplication(admin, program, { cohortId: cohort.id });
    await expectRefused(
      lead.intake.recordInterviewNotes({ applicationId: application.id, notes: "Too soon" }),
      "BAD_REQUEST",
      "notes",
    );
    await admin.intake.move({ applicationId: application.id, to: "DECLINED", reason: "Not eligible" });
    await expectRefused(
      lead.intake.recommend({ applicationId: application.id, recommendation: "ACCEPT", reason: "Late" }),
      "BAD_REQUEST",
      "applicationId",
    );
  });

  it("a recommendation an administrator then overrides: the decision is the admin's, the recommendation stays on record", async () => {
    const application = await recordApplication(admin, program, { cohortId: cohort.id });
    await moveThrough(lead, application.id, "SCREENING");
    await lead.intake.recommend({ applicationId: application.id, recommendation: "ACCEPT", reason: "Keen and ready" });
    await admin.intake.move({ applicationId: application.id, to: "DECLINED", reason: "Needs individual support first" });
    const detail = await admin.intake.get({ applicationId: application.id });
    expect(detail).toMatchObject({ status: "DECLINED", recommendation: "ACCEPT", recommendedBy: { name: "Lee Lead" } });
    const decision = await db().auditEvent.findFirstOrThrow({
      where: { entityId: application.id, action: "application.move", details: { path: ["to"], equals: "DECLINED" } },
    });
    expect(decision.details).toMatchObject({ againstRecommendation: "ACCEPT" });
  });

  it("deciding stays an administrator's: lead and peer are refused, and nothing changes", async () => {
    const application = await recordApplication(admin, program, { cohortId: cohort.id });
    await moveThrough(lead, application.id, "SCREENING");
    for (const facilitator of [lead, peer]) {
      for (const to of ["ACCEPTED", "WAITLISTED", "DECLINED", "WITHDRAWN"] as const) {
        await expectRefused(facilitator.intake.move({ applicationId: application.id, to, reason: "Decided" }), "FORBIDDEN");
      }
    }
    expect((await admin.intake.get({ applicationId: application.id })).status).toBe("SCREENING");
  });

  it("where the program allows, the cohort's licensed lead decides; an unlicensed lead and a co-facilitator do not", async () => {
    const deciding = await makeProgramWithConsent(admin, { licensedLeadsDecide: true });
    const own = await makeCohortWith(deciding, leadId, [peerId]);
    const led = await makeCohortWith(deciding, otherId, [leadId]);
    const accepted = await recordApplication(admin, deciding, { cohortId: own.id });
    await moveThrough(lead, accepted.id, "SCREENING");
    await expectRefused(peer.intake.move({ applicationId: accepted.id, to: "ACCEPTED", reason: "Ready" }), "FORBIDDEN");
    await expect(lead.intake.move({ applicationId: accepted.id, to: "ACCEPTED", reason: "Ready" })).resolves.toMatchObject({
      status: "ACCEPTED",
    });
    expect((await lead.intake.get({ applicationId: accepted.id })).can.decide).toBe(true);
    // Lee co-facilitates the other cohort: licensed, but not its lead; Oli leads it unlicensed
    const notLed = await recordApplication(admin, deciding, { cohortId: led.id });
    await moveThrough(admin, notLed.id, "SCREENING");
    await expectRefused(lead.intake.move({ applicationId: notLed.id, to: "ACCEPTED", reason: "Ready" }), "FORBIDDEN");
    await expectRefused(other.intake.move({ applicationId: notLed.id, to: "ACCEPTED", reason: "Ready" }), "FORBIDDEN");
  });
});

describe("risk flags", () => {
  it("a peer facilitator notes and escalates but may not acknowledge; the licensed facilitator acknowledges, and who did is kept", async () => {
    const application = await recordApplication(admin, program, {
      cohortId: cohort.id,
      answers: [{ questionId: riskQuestionId, value: true }],
    });
    await expectRefused(peer.intake.acknowledgeRisk({ applicationId: application.id, note: "Fine" }), "FORBIDDEN");
    await peer.intake.addRiskNote({ applicationId: application.id, note: "Mentioned a crisis last month", escalate: true });
    const row = (await admin.intake.queue({ pageSize: 100 })).rows.find((r) => r.id === application.id);
    expect(row?._count.riskFlagNotes).toBe(1);
    const escalatedBefore = (await admin.intake.waiting()).escalated;
    expect(escalatedBefore).toBeGreaterThanOrEqual(1);
    expect((await peer.intake.get({ applicationId: application.id })).riskAcknowledgedAt).toBeNull();

    await lead.intake.acknowledgeRisk({ applicationId: application.id, note: "Safety plan agreed at the interview" });
    // acknowledged: no longer waiting on an administrator
    expect((await admin.intake.waiting()).escalated).toBe(escalatedBefore - 1);
    const detail = await admin.intake.get({ applicationId: application.id });
    expect(detail).toMatchObject({
      riskAcknowledgedBy: { name: "Lee Lead" },
      riskAcknowledgementNote: "Safety plan agreed at the interview",
      riskFlagNotes: [
        expect.objectContaining({ note: "Mentioned a crisis last month", escalated: true, author: { name: "Pat Peer" } }),
      ],
    });
  });

  it("another cohort's facilitator, licensed or not, is answered as for a missing application", async () => {
    const application = await recordApplication(admin, program, {
      cohortId: cohort.id,
      answers: [{ questionId: riskQuestionId, value: true }],
    });
    await licence(otherId);
    await expectSameAsMissing(
      other.intake.acknowledgeRisk({ applicationId: application.id, note: "Fine" }),
      other.intake.acknowledgeRisk({ applicationId: MISSING_ID, note: "Fine" }),
      "Application",
    );
    await expectSameAsMissing(
      other.intake.addRiskNote({ applicationId: application.id, note: "Hm", escalate: true }),
      other.intake.addRiskNote({ applicationId: MISSING_ID, note: "Hm", escalate: true }),
      "Application",
    );
    expect(await db().riskFlagNote.count({ where: { applicationId: application.id } })).toBe(0);
  });
});

describe("consent by facilitators", () => {
  it("consent recorded by a facilitator enables enrollment, and the roster stops listing the person", async () => {
    const application = await recordApplication(admin, program, { cohortId: cohort.id });
    await moveThrough(admin, application.id, "SCREENING", "ACCEPTED");
    // no enrollment without current consent
    await expectRefused(
      admin.enrollment.enroll({ cohortId: cohort.id, memberId: application.memberId, applicationId: application.id }),
      "BAD_REQUEST",
    );
    const before = await lead.enrollment.roster({ cohortId: cohort.id });
    expect(before.awaitingConsent?.people.map((p) => p.memberId)).toContain(application.memberId);
    expect(before.awaitingConsent?.versionId).toBe(program.consent.versionId);
    const home = await lead.consent.awaitingInMyCohorts();
    expect(home.find((c) => c.cohortId === cohort.id)?.people.map((p) => p.applicationId)).toContain(application.id);

    await lead.consent.record({
      memberId: application.memberId,
      versionId: program.consent.versionId,
      method: "SIGNED_ON_PAPER",
    });
    const record = await db().consentRecord.findFirstOrThrow({ where: { memberId: application.memberId } });
    expect(record.recordedById).toBe(leadId);
    const after = await lead.enrollment.roster({ cohortId: cohort.id });
    expect(after.awaitingConsent?.people.map((p) => p.memberId)).not.toContain(application.memberId);

    const enrollment = await admin.enrollment.enroll({
      cohortId: cohort.id,
      memberId: application.memberId,
      applicationId: application.id,
    });
    expect(enrollment.status).toBe("ENROLLED");
  });

  it("a facilitator withdraws consent for their member; another cohort's member answers as a missing one", async () => {
    const application = await recordApplication(admin, program, { cohortId: cohort.id });
    await lead.consent.record({
      memberId: application.memberId,
      versionId: program.consent.versionId,
      method: "SIGNED_ON_PAPER",
    });
    await lead.consent.withdraw({
      memberId: application.memberId,
      documentId: program.consent.documentId,
      reason: "Changed their mind",
    });
    expect(await db().consentRecord.count({ where: { memberId: application.memberId, action: "WITHDRAWN" } })).toBe(1);

    const theirs = await recordApplication(admin, program, { cohortId: otherCohort.id });
    await expectSameAsMissing(
      lead.consent.record({ memberId: theirs.memberId, versionId: program.consent.versionId, method: "SIGNED_ON_PAPER" }),
      lead.consent.record({ memberId: MISSING_ID, versionId: program.consent.versionId, method: "SIGNED_ON_PAPER" }),
      "Member",
    );
    await expectSameAsMissing(
      lead.consent.withdraw({ memberId: theirs.memberId, documentId: program.consent.documentId, reason: "x" }),
      lead.consent.withdraw({ memberId: MISSING_ID, documentId: program.consent.documentId, reason: "x" }),
      "Member",
    );
    await expectRefused(
      staff.consent.record({ memberId: theirs.memberId, versionId: program.consent.versionId, method: "SIGNED_ON_PAPER" }),
      "FORBIDDEN",
    );
    expect(await db().consentRecord.count({ where: { memberId: theirs.memberId } })).toBe(0);
  });

  it("staff read no applicants on a roster", async () => {
    expect((await staff.enrollment.roster({ cohortId: cohort.id })).awaitingConsent).toBeNull();
  });
});
