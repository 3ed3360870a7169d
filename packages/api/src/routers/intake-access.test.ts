import { uniqueSuffix } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import {
  CONSENT_TEXT,
  expectRefusal,
  makeConsentingMember,
  makeProgramWithConsent,
  makeWaitlistedMember,
  moveThrough,
  newMember,
  type ProgramWithConsent,
  recordApplication,
} from "../testing/intake.ts";
import { type Caller, MISSING_ID, makeCohort } from "../testing/programs.ts";
import { expectRefused, expectSameAsMissing } from "../testing/refusals.ts";

// Who may read screening answers, who may decide intake and enrollment, who sees rosters and
// waitlists. Every refusal is tried with real ids of other people's records.

let h: Harness;
let admin: Caller;
let adminId: string;
let lead: Caller;
let leadId: string;
let otherFacilitator: Caller;
let otherFacilitatorId: string;
let staff: Caller;
let staffId: string;
let program: ProgramWithConsent;
let cohort: { id: string };
let otherCohort: { id: string };
let riskQuestionId: string;

beforeAll(async () => {
  h = await openHarness();
  ({
    caller: admin,
    user: { id: adminId },
  } = await h.signedIn("ADMIN", { name: "Avery Admin" }));
  ({
    caller: lead,
    user: { id: leadId },
  } = await h.signedIn("FACILITATOR", { name: "Lee Lead" }));
  ({
    caller: otherFacilitator,
    user: { id: otherFacilitatorId },
  } = await h.signedIn("FACILITATOR", { name: "Oli Other" }));
  ({
    caller: staff,
    user: { id: staffId },
  } = await h.signedIn("STAFF", { name: "Sam Staff" }));
  program = await makeProgramWithConsent(admin);
  cohort = await makeCohort(admin, program, leadId, { capacity: 1, minimumEnrollment: 1 });
  otherCohort = await makeCohort(admin, program, otherFacilitatorId);
  const question = await admin.intake.addQuestion({
    programId: program.id,
    question: {
      prompt: "Are you having thoughts of harming yourself?",
      kind: "YES_NO",
      riskAnswers: ["yes"],
      riskLabel: "Self-harm",
      required: false,
    },
  });
  riskQuestionId = question.id;
});
afterAll(() => h.close());

const db = () => h.services.db;
const readsOf = (applicationId: string) =>
  db().auditEvent.findMany({
    where: { entityId: applicationId, action: "application.read_screening" },
    orderBy: { createdAt: "asc" },
  });

describe("reading screening answers (intake.get)", () => {
  let mine: { id: string; memberId: string };
  let theirs: { id: string };
  let enrolledElsewhere: { id: string };
  let otherProgramsAnswers: { id: string; memberId: string };
  beforeAll(async () => {
    mine = await recordApplication(admin, program, {
      cohortId: cohort.id,
      answers: [{ questionId: riskQuestionId, value: true }],
      intakeNotes: "Disclosed a recent crisis; safety plan agreed",
    });
    theirs = await recordApplication(admin, program, { cohortId: otherCohort.id });
    // a member enrolled in the other facilitator's cohort from an application to the program as a whole
    const person = await makeConsentingMember(admin, db(), program);
    await moveThrough(admin, person.applicationId, "SCREENING", "ACCEPTED");
    await admin.enrollment.enroll({ cohortId: otherCohort.id, memberId: person.memberId, applicationId: person.applicationId });
    enrolledElsewhere = { id: person.applicationId };
    // the lead's own applicant also applied to a second program: those answers are not the lead's to read
    const secondProgram = await makeProgramWithConsent(admin);
    const secondCohort = await makeCohort(admin, secondProgram, otherFacilitatorId);
    otherProgramsAnswers = await recordApplication(admin, secondProgram, {
      applicant: { memberId: mine.memberId },
      cohortId: secondCohort.id,
      answers: [],
      intakeNotes: "Notes for the second program",
    });
  });

  it("admins read any application, and each read is written to the audit log", async () => {
    const detail = await admin.intake.get({ applicationId: theirs.id });
    expect(detail.id).toBe(theirs.id);
    await admin.intake.get({ applicationId: theirs.id });
    expect(await readsOf(theirs.id)).toEqual([
      expect.objectContaining({ actorId: adminId, entityType: "Application", entityId: theirs.id }),
      expect.objectContaining({ actorId: adminId, entityType: "Application", entityId: theirs.id }),
    ]);
  });

  it("a facilitator reads the answers and notes of applicants to their cohort, audited under their name", async () => {
    const detail = await lead.intake.get({ applicationId: mine.id });
    expect(detail).toMatchObject({ intakeNotes: "Disclosed a recent crisis; safety plan agreed", riskFlagged: true });
    expect(detail.answers).toEqual([expect.objectContaining({ value: true, isRiskIndicator: true })]);
    expect(await readsOf(mine.id)).toEqual([expect.objectContaining({ actorId: leadId, entityId: mine.id })]);
  });

  it("a facilitator reads the application a member was enrolled in their cohort from", async () => {
    expect((await otherFacilitator.intake.get({ applicationId: enrolledElsewhere.id })).id).toBe(enrolledElsewhere.id);
    await expectSameAsMissing(
      lead.intake.get({ applicationId: enrolledElsewhere.id }),
      lead.intake.get({ applicationId: MISSING_ID }),
      "Application",
    );
  });

  it("a facilitator never reads what their own member answered for another program", async () => {
    await expectSameAsMissing(
      lead.intake.get({ applicationId: otherProgramsAnswers.id }),
      lead.intake.get({ applicationId: MISSING_ID }),
      "Application",
    );
    const profile = await lead.members.get({ memberId: mine.memberId });
    expect(profile.applications.map((a) => a.id)).toEqual([mine.id]);
    const all = await admin.members.get({ memberId: mine.memberId });
    expect(all.applications.map((a) => a.id).sort()).toEqual([mine.id, otherProgramsAnswers.id].sort());
  });

  it("another facilitator's applicant, by id, answers as a missing one; the refusal is audited, no read is", async () => {
    const before = (await readsOf(theirs.id)).length;
    await expectSameAsMissing(
      lead.intake.get({ applicationId: theirs.id }),
      lead.intake.get({ applicationId: MISSING_ID }),
      "Application",
    );
    await expectSameAsMissing(
      otherFacilitator.intake.get({ applicationId: mine.id }),
      otherFacilitator.intake.get({ applicationId: MISSING_ID }),
      "Application",
    );
    expect(await readsOf(theirs.id)).toHaveLength(before);
    expect((await readsOf(mine.id)).map((e) => e.actorId)).not.toContain(otherFacilitatorId);
    const denied = await db().auditEvent.findMany({ where: { action: "access.deny", entityId: { in: [theirs.id, mine.id] } } });
    expect(denied.map((e) => [e.actorId, e.entityType, e.entityId])).toEqual(
      expect.arrayContaining([
        [leadId, "Application", theirs.id],
        [otherFacilitatorId, "Application", mine.id],
      ]),
    );
  });

  it("staff never read screening answers", async () => {
    await expectRefusal(
      staff.intake.get({ applicationId: mine.id }),
      "FORBIDDEN",
      "Reporting staff cannot read screening answers",
    );
    expect((await readsOf(mine.id)).map((e) => e.actorId)).not.toContain(staffId);
    await expectRefused(h.anonymous().intake.get({ applicationId: mine.id }), "UNAUTHORIZED");
  });

  it("an unknown application is NOT_FOUND", async () => {
    await expectRefusal(admin.intake.get({ applicationId: MISSING_ID }), "NOT_FOUND", "Application not found");
  });
});

describe("admin-only procedures", () => {
  // Each call would succeed for an admin, so a missing role check fails the test.
  type Call = (caller: Caller) => Promise<unknown>;
  const calls: Record<string, Call> = {};
  let offer: { entryId: string };
  let waiting: { entryId: string };
  let consenting: { memberId: string };
  let enrollmentId: string;
  let documentId: string;
  let questions: { programId: string; editableId: string };

  beforeAll(async () => {
    const questionsProgram = await makeProgramWithConsent(admin);
    const editable = await admin.intake.addQuestion({
      programId: questionsProgram.id,
      question: { prompt: "What would you like from the group?", kind: "TEXT" },
    });
    questions = { programId: questionsProgram.id, editableId: editable.id };
    // one seat: its member leaves, the first waiting person gets the offer, the second waits
    const seated = await makeConsentingMember(admin, db(), program);
    const seat = await admin.enrollment.enroll({ cohortId: cohort.id, memberId: seated.memberId });
    offer = await makeWaitlistedMember(admin, db(), program, cohort.id);
    waiting = await makeWaitlistedMember(admin, db(), program, cohort.id);
    await admin.enrollment.end({ enrollmentId: seat.id, to: "WITHDREW", effectiveOn: "2026-12-01", reason: "Moved" });
    consenting = await makeConsentingMember(admin, db(), program);
    const enrolled = await makeConsentingMember(admin, db(), program);
    enrollmentId = (await admin.enrollment.enroll({ cohortId: otherCohort.id, memberId: enrolled.memberId })).id;
    documentId = program.consent.documentId;

    Object.assign(calls, {
      "intake.waiting": (c) => c.intake.waiting(),
      "intake.possibleDuplicates": (c) => c.intake.possibleDuplicates({ firstName: "Robin", lastName: "Okafor" }),
      "intake.record": (c) =>
        c.intake.record({ applicant: { newMember: newMember() }, programId: program.id, referralSource: "SELF", answers: [] }),
      "intake.addQuestion": (c) =>
        c.intake.addQuestion({ programId: questions.programId, question: { prompt: "Why now?", kind: "TEXT" } }),
      "intake.updateQuestion": (c) =>
        c.intake.updateQuestion({ questionId: questions.editableId, question: { prompt: "Changed?", kind: "TEXT" } }),
      "intake.archiveQuestion": (c) => c.intake.archiveQuestion({ questionId: questions.editableId }),
      "intake.reorderQuestions": (c) =>
        c.intake.reorderQuestions({ programId: questions.programId, questionIds: [questions.editableId] }),
      "consent.createDocument": (c) => c.consent.createDocument({ title: `Agreement ${uniqueSuffix()}`, body: CONSENT_TEXT }),
      "consent.publishVersion": (c) =>
        c.consent.publishVersion({ documentId, body: `${CONSENT_TEXT}\n\nRevised.`, requiresReconsent: false }),
      "enrollment.enroll": (c) => c.enrollment.enroll({ cohortId: otherCohort.id, memberId: consenting.memberId }),
      "enrollment.end": (c) => c.enrollment.end({ enrollmentId, to: "DROPPED", effectiveOn: "2026-12-01", reason: "No show" }),
      "enrollment.respondToOffer": (c) => c.enrollment.respondToOffer({ entryId: offer.entryId, accept: false }),
      "enrollment.removeFromWaitlist": (c) => c.enrollment.removeFromWaitlist({ entryId: waiting.entryId, reason: "Left" }),
      "members.update": (c) => c.members.update({ memberId: consenting.memberId, member: newMember() }),
    } satisfies Record<string, Call>);
  });

  // in an order in which an admin can make every call one after the other
  const names = [
    "intake.waiting",
    "intake.possibleDuplicates",
    "intake.record",
    "intake.reorderQuestions",
    "intake.updateQuestion",
    "intake.addQuestion",
    "intake.archiveQuestion",
    "consent.createDocument",
    "consent.publishVersion",
    "enrollment.enroll",
    "enrollment.end",
    "enrollment.respondToOffer",
    "enrollment.removeFromWaitlist",
    "members.update",
  ];

  it.each(names)("%s: FORBIDDEN for facilitators and staff, UNAUTHORIZED signed out", async (name) => {
    const call = calls[name];
    if (!call) throw new Error(`no call for ${name}`);
    await expectRefused(call(lead), "FORBIDDEN");
    await expectRefused(call(otherFacilitator), "FORBIDDEN");
    await expectRefused(call(staff), "FORBIDDEN");
    await expectRefused(call(h.anonymous()), "UNAUTHORIZED");
  });

  it("the refused calls changed nothing", async () => {
    expect((await db().waitlistEntry.findUniqueOrThrow({ where: { id: offer.entryId } })).status).toBe("OFFERED");
    expect((await db().waitlistEntry.findUniqueOrThrow({ where: { id: waiting.entryId } })).status).toBe("WAITING");
    expect((await db().enrollment.findUniqueOrThrow({ where: { id: enrollmentId } })).status).toBe("ENROLLED");
    expect(await db().enrollment.count({ where: { memberId: consenting.memberId } })).toBe(0);
    expect(await db().consentRecord.count({ where: { memberId: consenting.memberId } })).toBe(1);
    expect((await admin.consent.document({ documentId })).versions).toHaveLength(1);
    expect(await admin.intake.questions({ programId: questions.programId })).toEqual([
      expect.objectContaining({ id: questions.editableId, prompt: "What would you like from the group?", archivedAt: null }),
    ]);
  });

  it("and each of them works for an admin", async () => {
    for (const name of names) {
      const call = calls[name];
      if (!call) throw new Error(`no call for ${name}`);
      await expect(call(admin), name).resolves.toBeDefined();
    }
  });
});

describe("procedures facilitators share, for their own cohorts' records", () => {
  // Each works for the cohort's facilitator; another cohort's facilitator asking about the same
  // record is answered exactly as for an id no record has; staff are refused whatever the record.
  type Call = (caller: Caller, id?: string) => Promise<unknown>;
  let queued: { id: string };
  let interviewed: { id: string; memberId: string };
  let flagged: { id: string };
  const soon = () => ({ from: new Date(), to: new Date(Date.now() + 7 * 86_400_000) });
  const byRecord: Record<string, { call: Call; what: "Application" | "Member" }> = {};
  const lists: Record<string, { call: Call; leaks: (result: unknown) => boolean }> = {};

  beforeAll(async () => {
    await admin.users.addCredential({ userId: leadId, kind: "PROFESSIONAL_LICENCE", title: "LCSW" });
    queued = await recordApplication(admin, program, { cohortId: cohort.id });
    interviewed = await recordApplication(admin, program, { cohortId: cohort.id });
    await moveThrough(admin, interviewed.id, "SCREENING");
    await admin.intake.move({
      applicationId: interviewed.id,
      to: "INTERVIEW_SCHEDULED",
      reason: "Pre-group interview",
      interviewAt: new Date(Date.now() + 2 * 86_400_000),
      interviewerId: leadId,
    });
    flagged = await recordApplication(admin, program, {
      cohortId: cohort.id,
      answers: [{ questionId: riskQuestionId, value: true }],
    });
    // accepted for the cohort, not yet consenting: on the lead's "awaiting consent" list
    const accepted = await recordApplication(admin, program, { cohortId: cohort.id });
    await moveThrough(admin, accepted.id, "SCREENING", "ACCEPTED");
    Object.assign(byRecord, {
      "intake.move": {
        what: "Application",
        call: (c, id = queued.id) => c.intake.move({ applicationId: id, to: "SCREENING", reason: "Reading" }),
      },
      "intake.recordInterviewNotes": {
        what: "Application",
        call: (c, id = interviewed.id) => c.intake.recordInterviewNotes({ applicationId: id, notes: "Talked it through" }),
      },
      "intake.recommend": {
        what: "Application",
        call: (c, id = interviewed.id) => c.intake.recommend({ applicationId: id, recommendation: "ACCEPT", reason: "Ready" }),
      },
      "intake.addRiskNote": {
        what: "Application",
        call: (c, id = flagged.id) => c.intake.addRiskNote({ applicationId: id, note: "Crisis last month", escalate: true }),
      },
      "intake.acknowledgeRisk": {
        what: "Application",
        call: (c, id = flagged.id) => c.intake.acknowledgeRisk({ applicationId: id, note: "Safety plan agreed" }),
      },
      "consent.record": {
        what: "Member",
        call: (c, id = interviewed.memberId) =>
          c.consent.record({ memberId: id, versionId: program.consent.versionId, method: "SIGNED_ON_PAPER" }),
      },
      "consent.withdraw": {
        what: "Member",
        call: (c, id = interviewed.memberId) =>
          c.consent.withdraw({ memberId: id, documentId: program.consent.documentId, reason: "Changed their mind" }),
      },
    } satisfies typeof byRecord);
    const ids = (result: unknown) => JSON.stringify(result);
    Object.assign(lists, {
      "intake.queue": { call: (c) => c.intake.queue({ pageSize: 100 }), leaks: (r) => ids(r).includes(queued.id) },
      "intake.myInterviews": { call: (c) => c.intake.myInterviews(soon()), leaks: (r) => ids(r).includes(interviewed.id) },
      "consent.awaitingInMyCohorts": { call: (c) => c.consent.awaitingInMyCohorts(), leaks: (r) => ids(r).includes(cohort.id) },
    } satisfies typeof lists);
  });

  // in an order in which the lead can make every call one after the other
  const recordNames = [
    "intake.move",
    "intake.recordInterviewNotes",
    "intake.recommend",
    "intake.addRiskNote",
    "intake.acknowledgeRisk",
    "consent.record",
    "consent.withdraw",
  ];
  it.each(recordNames)(
    "%s: another cohort's id answers as a missing one; staff FORBIDDEN; signed out UNAUTHORIZED",
    async (name) => {
      const entry = byRecord[name];
      if (!entry) throw new Error(`no call for ${name}`);
      await expectSameAsMissing(entry.call(otherFacilitator), entry.call(otherFacilitator, MISSING_ID), entry.what);
      await expectRefused(entry.call(staff), "FORBIDDEN");
      await expectRefused(entry.call(h.anonymous()), "UNAUTHORIZED");
    },
  );

  it("and each of them works for the cohort's facilitator", async () => {
    for (const name of recordNames) {
      await expect(byRecord[name]?.call(lead), name).resolves.toBeDefined();
    }
    expect((await admin.intake.get({ applicationId: flagged.id })).riskAcknowledgedBy).toEqual({ name: "Lee Lead" });
  });

  it.each(["intake.queue", "intake.myInterviews", "consent.awaitingInMyCohorts"])(
    "%s: lists nothing of another cohort's; staff FORBIDDEN; signed out UNAUTHORIZED",
    async (name) => {
      const entry = lists[name];
      if (!entry) throw new Error(`no call for ${name}`);
      expect(entry.leaks(await entry.call(lead)), `${name} for the cohort's facilitator`).toBe(true);
      expect(entry.leaks(await entry.call(otherFacilitator)), `${name} for another cohort's facilitator`).toBe(false);
      await expectRefused(entry.call(staff), "FORBIDDEN");
      await expectRefused(entry.call(h.anonymous()), "UNAUTHORIZED");
    },
  );
});

describe("rosters and waitlists", () => {
  it("the roster is read by the cohort's facilitators, staff and admins, not by another facilitator", async () => {
    for (const reader of [lead, staff, admin]) {
      expect(await reader.enrollment.roster({ cohortId: cohort.id })).toMatchObject({ cohortId: cohort.id, capacity: 1 });
    }
    await expectSameAsMissing(
      otherFacilitator.enrollment.roster({ cohortId: cohort.id }),
      otherFacilitator.enrollment.roster({ cohortId: MISSING_ID }),
      "Cohort",
    );
    await expectRefused(h.anonymous().enrollment.roster({ cohortId: cohort.id }), "UNAUTHORIZED");
    await expectRefusal(admin.enrollment.roster({ cohortId: MISSING_ID }), "NOT_FOUND", "Cohort not found");
  });

  it("the waitlist is read by the cohort's facilitators and admins only", async () => {
    const own = await makeCohort(admin, program, leadId);
    const person = await makeWaitlistedMember(admin, db(), program, own.id);
    for (const reader of [lead, admin]) {
      expect((await reader.enrollment.waitlist({ cohortId: own.id })).map((e) => e.member.id)).toEqual([person.memberId]);
    }
    await expectRefusal(staff.enrollment.waitlist({ cohortId: own.id }), "FORBIDDEN", "Your role does not allow this");
    await expectSameAsMissing(
      otherFacilitator.enrollment.waitlist({ cohortId: own.id }),
      otherFacilitator.enrollment.waitlist({ cohortId: MISSING_ID }),
      "Cohort",
    );
    await expectRefused(h.anonymous().enrollment.waitlist({ cohortId: own.id }), "UNAUTHORIZED");
  });
});
