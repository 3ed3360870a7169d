import type { ApplicationStatus } from "@circle/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import {
  type Application,
  expectRefusal,
  makeProgramWithConsent,
  newMember,
  type ProgramWithConsent,
  type QuestionInput,
  recordApplication,
} from "../testing/intake.ts";
import { addDays, type Caller, MISSING_ID, makeCohort, todayIn } from "../testing/programs.ts";
import { clientShapeOf, expectRefused } from "../testing/refusals.ts";

let h: Harness;
let admin: Caller;
let adminId: string;
let leadId: string;
let staffId: string;
beforeAll(async () => {
  h = await openHarness();
  ({
    caller: admin,
    user: { id: adminId },
  } = await h.signedIn("ADMIN", { name: "Avery Admin" }));
  ({
    user: { id: leadId },
  } = await h.signedIn("FACILITATOR", { name: "Lee Lead" }));
  ({
    user: { id: staffId },
  } = await h.signedIn("STAFF", { name: "Sam Staff" }));
});
afterAll(() => h.close());

const db = () => h.services.db;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

const SELF_HARM: QuestionInput = {
  prompt: "Are you currently having thoughts of harming yourself?",
  kind: "YES_NO",
  riskAnswers: ["yes"],
  riskLabel: "Current thoughts of self-harm",
};
const DISTRESS: QuestionInput = {
  prompt: "How distressed do you feel today?",
  kind: "SCALE",
  scaleMin: 0,
  scaleMax: 10,
  riskAtOrAbove: 8,
  riskLabel: "Severe distress",
};
const LOSS: QuestionInput = { prompt: "Who did you lose?", kind: "TEXT" };

async function addQuestions(programId: string, ...questions: QuestionInput[]) {
  const added = [];
  for (const question of questions) added.push(await admin.intake.addQuestion({ programId, question }));
  return added;
}

describe("screening questions", () => {
  it("an admin adds questions of every kind in order; each keeps only what its kind uses", async () => {
    const program = await makeProgramWithConsent(admin);
    await addQuestions(
      program.id,
      { ...LOSS, options: ["stray option"], required: false },
      SELF_HARM,
      {
        prompt: "How often do you drink alcohol?",
        kind: "SINGLE_CHOICE",
        options: ["never", "weekly", "daily"],
        riskAnswers: ["daily"],
        riskLabel: "Active substance use",
      },
      {
        prompt: "In the last month, have you…",
        kind: "MULTIPLE_CHOICE",
        options: ["moved house", "been in hospital", "had a crisis call"],
        riskAnswers: ["had a crisis call"],
        riskLabel: "Recent crisis",
      },
      DISTRESS,
    );
    const { caller: facilitator } = await h.signedIn("FACILITATOR");
    const listed = await facilitator.intake.questions({ programId: program.id });
    expect(listed.map((q) => [q.position, q.kind])).toEqual([
      [1, "TEXT"],
      [2, "YES_NO"],
      [3, "SINGLE_CHOICE"],
      [4, "MULTIPLE_CHOICE"],
      [5, "SCALE"],
    ]);
    expect(listed[0]).toMatchObject({ options: [], riskAnswers: [], riskLabel: null, required: false });
    expect(listed[1]).toMatchObject({
      options: [],
      riskAnswers: ["yes"],
      riskLabel: "Current thoughts of self-harm",
      required: true,
    });
    expect(listed[3]).toMatchObject({
      options: ["moved house", "been in hospital", "had a crisis call"],
      riskAnswers: ["had a crisis call"],
    });
    expect(listed[4]).toMatchObject({ scaleMin: 0, scaleMax: 10, riskAtOrAbove: 8, riskAnswers: [] });
    expect(await db().auditEvent.count({ where: { entityId: program.id, action: "screening_question.add" } })).toBe(5);
  });

  const invalid: [string, QuestionInput, string, string][] = [
    [
      "a choice with one option",
      { prompt: "Pick", kind: "SINGLE_CHOICE", options: ["only"] },
      "question.options",
      "Give at least two options",
    ],
    [
      "a choice with the same option twice",
      { prompt: "Pick", kind: "MULTIPLE_CHOICE", options: ["a", "a"] },
      "question.options",
      "Options must be different",
    ],
    [
      "a scale without a maximum",
      { prompt: "Rate", kind: "SCALE", scaleMin: 0 },
      "question.scaleMax",
      "Give a scale whose maximum is above its minimum",
    ],
    [
      "a scale whose maximum is its minimum",
      { prompt: "Rate", kind: "SCALE", scaleMin: 5, scaleMax: 5 },
      "question.scaleMax",
      "Give a scale whose maximum is above its minimum",
    ],
    [
      "a risk threshold off the scale",
      { prompt: "Rate", kind: "SCALE", scaleMin: 0, scaleMax: 10, riskAtOrAbove: 11, riskLabel: "High" },
      "question.riskAtOrAbove",
      "The risk threshold must be on the scale",
    ],
    [
      "a yes/no risk answer that is neither",
      { prompt: "Crisis?", kind: "YES_NO", riskAnswers: ["maybe"], riskLabel: "Crisis" },
      "question.riskAnswers",
      '"maybe" is not a possible answer to this question',
    ],
    [
      "a choice risk answer that is not an option",
      { prompt: "Drink?", kind: "SINGLE_CHOICE", options: ["never", "daily"], riskAnswers: ["often"], riskLabel: "Use" },
      "question.riskAnswers",
      '"often" is not a possible answer to this question',
    ],
    [
      "a risk answer without naming the risk",
      { prompt: "Crisis?", kind: "YES_NO", riskAnswers: ["yes"] },
      "question.riskLabel",
      "Name the risk this answer indicates",
    ],
    [
      "a risk threshold without naming the risk",
      { prompt: "Rate", kind: "SCALE", scaleMin: 0, scaleMax: 10, riskAtOrAbove: 8 },
      "question.riskLabel",
      "Name the risk this answer indicates",
    ],
    ["an empty prompt", { prompt: "  ", kind: "TEXT" }, "question.prompt", "Enter the question"],
  ];
  it.each(invalid)("refuses %s, naming the field, and saves nothing", async (_, question, field, message) => {
    const program = await makeProgramWithConsent(admin);
    const error = await expectRefused(admin.intake.addQuestion({ programId: program.id, question }), "BAD_REQUEST", field);
    expect(clientShapeOf(error).data.fieldErrors?.[field]).toEqual([message]);
    expect(await admin.intake.questions({ programId: program.id })).toEqual([]);
  });

  it("reorders a program's questions; the new order must list each current question once", async () => {
    const program = await makeProgramWithConsent(admin);
    const [a, b, c] = await addQuestions(program.id, LOSS, SELF_HARM, DISTRESS);
    if (!a || !b || !c) throw new Error("questions not added");
    const reordered = await admin.intake.reorderQuestions({ programId: program.id, questionIds: [c.id, a.id, b.id] });
    expect(reordered.map((q) => [q.id, q.position])).toEqual([
      [c.id, 1],
      [a.id, 2],
      [b.id, 3],
    ]);

    const [other] = await addQuestions((await makeProgramWithConsent(admin)).id, LOSS);
    for (const questionIds of [
      [c.id, a.id],
      [c.id, a.id, b.id, b.id],
      [c.id, a.id, other?.id ?? ""],
    ]) {
      await expectRefusal(
        admin.intake.reorderQuestions({ programId: program.id, questionIds }),
        "BAD_REQUEST",
        "List every current question of this program exactly once",
        "questionIds",
      );
    }
    expect((await admin.intake.questions({ programId: program.id })).map((q) => q.id)).toEqual([c.id, a.id, b.id]);
  });

  it("an archived question leaves the form, cannot be answered, and earlier answers to it stay readable", async () => {
    const program = await makeProgramWithConsent(admin);
    const [loss, selfHarm] = await addQuestions(program.id, LOSS, SELF_HARM);
    if (!loss || !selfHarm) throw new Error("questions not added");
    const earlier = await recordApplication(admin, program, {
      answers: [
        { questionId: loss.id, value: "My brother" },
        { questionId: selfHarm.id, value: false },
      ],
    });

    await admin.intake.archiveQuestion({ questionId: loss.id });
    expect((await admin.intake.questions({ programId: program.id })).map((q) => q.id)).toEqual([selfHarm.id]);
    await expectRefusal(
      recordApplication(admin, program, {
        answers: [
          { questionId: selfHarm.id, value: false },
          { questionId: loss.id, value: "My sister" },
        ],
      }),
      "BAD_REQUEST",
      "That question is not part of this program's screening",
      "answers.1.questionId",
    );
    // no longer required either
    await recordApplication(admin, program, { answers: [{ questionId: selfHarm.id, value: false }] });

    const detail = await admin.intake.get({ applicationId: earlier.id });
    expect(detail.answers.map((a) => [a.question.prompt, a.value])).toEqual([
      [LOSS.prompt, "My brother"],
      [SELF_HARM.prompt, false],
    ]);
  });

  it("a question can be edited until someone has answered it; then only archived (CONFLICT)", async () => {
    const program = await makeProgramWithConsent(admin);
    const [question] = await addQuestions(program.id, SELF_HARM);
    if (!question) throw new Error("question not added");
    const edited = await admin.intake.updateQuestion({
      questionId: question.id,
      question: { ...SELF_HARM, prompt: "Do you have thoughts of harming yourself?" },
    });
    expect(edited.prompt).toBe("Do you have thoughts of harming yourself?");

    await recordApplication(admin, program, { answers: [{ questionId: question.id, value: true }] });
    await expectRefusal(
      admin.intake.updateQuestion({ questionId: question.id, question: { ...SELF_HARM, riskAnswers: ["no"] } }),
      "CONFLICT",
      "This question already has answers; archive it and add a new one so earlier answers keep their meaning",
    );
    expect(await db().screeningQuestion.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({
      prompt: "Do you have thoughts of harming yourself?",
      riskAnswers: ["yes"],
    });
  });
});

describe("recording an application", () => {
  let program: ProgramWithConsent;
  beforeAll(async () => {
    program = await makeProgramWithConsent(admin);
  });

  it("for a new person: creates the member and a SUBMITTED application with its history, audited", async () => {
    const person = newMember({ firstName: "Dana", preferredName: "Dee", phone: "+1 312 555 0199" });
    const application = await admin.intake.record({
      applicant: { newMember: person },
      programId: program.id,
      referralSource: "CLINICIAN",
      referralSourceDetail: "Dr Patel, Northside Clinic",
      intakeNotes: "Lost her partner in March; prefers evening groups",
    });
    expect(application).toMatchObject({ status: "SUBMITTED", riskFlagged: false, programId: program.id, cohortId: null });
    expect(await db().member.findUniqueOrThrow({ where: { id: application.memberId } })).toMatchObject({
      firstName: "Dana",
      lastName: person.lastName,
      preferredName: "Dee",
      email: person.email,
      phone: "+1 312 555 0199",
    });
    const detail = await admin.intake.get({ applicationId: application.id });
    expect(detail).toMatchObject({
      referralSource: "CLINICIAN",
      referralSourceDetail: "Dr Patel, Northside Clinic",
      intakeNotes: "Lost her partner in March; prefers evening groups",
      createdBy: { name: "Avery Admin" },
      nextStatuses: ["SCREENING", "DECLINED", "REFERRED_ELSEWHERE", "WITHDRAWN"],
    });
    expect(detail.statusChanges).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: "SUBMITTED",
        reason: "Application recorded",
        changedById: adminId,
      }),
    ]);
    expect(await db().auditEvent.findMany({ where: { entityId: application.id, action: "application.record" } })).toEqual([
      expect.objectContaining({ actorId: adminId, entityType: "Application" }),
    ]);
  });

  it("for an existing member: no second member record", async () => {
    const first = await recordApplication(admin, program);
    const members = await db().member.count();
    const other = await makeProgramWithConsent(admin);
    const second = await recordApplication(admin, other, { applicant: { memberId: first.memberId } });
    expect(second.memberId).toBe(first.memberId);
    expect(await db().member.count()).toBe(members);
    await expectRefusal(
      recordApplication(admin, other, { applicant: { memberId: MISSING_ID } }),
      "BAD_REQUEST",
      "That member does not exist",
      "applicant.memberId",
    );
  });

  it("refuses a new person who may be someone on record by name, unless confirmed as different", async () => {
    const existing = await recordApplication(admin, program, {
      applicant: { newMember: newMember({ firstName: "Morgan", lastName: "Achterberg" }) },
    });
    const members = await db().member.count();
    const lookalike = newMember({ firstName: "  morgan ", lastName: "ACHTERBERG" });
    const other = await makeProgramWithConsent(admin);
    await expectRefusal(
      recordApplication(admin, other, { applicant: { newMember: lookalike } }),
      "CONFLICT",
      "This may be someone already on record (Morgan Achterberg); choose the existing member or confirm this is a different person",
      "applicant",
    );
    expect(await db().member.count()).toBe(members);

    const confirmed = await recordApplication(admin, other, { applicant: { newMember: lookalike }, confirmNotDuplicate: true });
    expect(confirmed.memberId).not.toBe(existing.memberId);
    expect(await db().member.count()).toBe(members + 1);
  });

  it("refuses a new person with the email of someone on record", async () => {
    const existing = newMember({ email: "sky.lindqvist@example.org" });
    await recordApplication(admin, program, { applicant: { newMember: existing } });
    const other = await makeProgramWithConsent(admin);
    const error = await expectRefused(
      recordApplication(admin, other, {
        applicant: { newMember: newMember({ firstName: "Skylar", email: "Sky.Lindqvist@Example.org" }) },
      }),
      "CONFLICT",
      "applicant",
    );
    expect(error.message).toContain(`(${existing.firstName} ${existing.lastName})`);
  });

  it("refuses a new person with the phone number of someone on record, however it is written", async () => {
    const existing = newMember({ email: null, phone: "(312) 555-0142" });
    await recordApplication(admin, program, { applicant: { newMember: existing } });
    const other = await makeProgramWithConsent(admin);
    for (const phone of ["312 555 0142", "(312) 555-0142", "+1-312-555-0142"]) {
      const error = await expectRefused(
        recordApplication(admin, other, { applicant: { newMember: newMember({ firstName: "Jo", email: null, phone }) } }),
        "CONFLICT",
        "applicant",
      );
      expect(error.message).toContain(`(${existing.firstName} ${existing.lastName})`);
    }
  });

  it("refuses a second open application to the same program; a closed one does not count", async () => {
    const first = await recordApplication(admin, program);
    await expectRefusal(
      recordApplication(admin, program, { applicant: { memberId: first.memberId } }),
      "CONFLICT",
      "This person already has an open application to this program",
      "applicant",
    );
    await admin.intake.move({ applicationId: first.id, to: "SCREENING", reason: "Reviewing" });
    await admin.intake.move({ applicationId: first.id, to: "WAITLISTED", reason: "No seats" });
    await expectRefused(recordApplication(admin, program, { applicant: { memberId: first.memberId } }), "CONFLICT", "applicant");

    await admin.intake.move({ applicationId: first.id, to: "WITHDRAWN", reason: "Moved away" });
    const again = await recordApplication(admin, program, { applicant: { memberId: first.memberId } });
    expect(again).toMatchObject({ memberId: first.memberId, status: "SUBMITTED" });
  });

  it("refuses a cohort of another program, a closed cohort, an unknown or archived program, saving nothing", async () => {
    const other = await makeProgramWithConsent(admin);
    const otherCohort = await makeCohort(admin, other, leadId);
    const cancelled = await makeCohort(admin, program, leadId);
    await admin.cohorts.changeStatus({ cohortId: cancelled.id, status: "CANCELLED", reason: "Facilitator left" });
    const archived = await makeProgramWithConsent(admin);
    await admin.programs.setArchived({ programId: archived.id, archived: true });
    const members = await db().member.count();

    await expectRefusal(
      recordApplication(admin, program, { cohortId: otherCohort.id }),
      "BAD_REQUEST",
      "That cohort is not part of this program",
      "cohortId",
    );
    await expectRefusal(
      recordApplication(admin, program, { cohortId: cancelled.id }),
      "BAD_REQUEST",
      "That cohort is no longer running",
      "cohortId",
    );
    await expectRefusal(recordApplication(admin, { id: MISSING_ID }), "BAD_REQUEST", "That program does not exist", "programId");
    await expectRefusal(
      recordApplication(admin, archived),
      "BAD_REQUEST",
      "This program is archived and takes no applications",
      "programId",
    );
    expect(await db().member.count()).toBe(members);
  });

  it("checks the answers against the program's questions, saving nothing when they do not fit", async () => {
    const screened = await makeProgramWithConsent(admin);
    const [selfHarm, distress] = await addQuestions(screened.id, SELF_HARM, DISTRESS);
    const [foreign] = await addQuestions(program.id, LOSS);
    if (!selfHarm || !distress || !foreign) throw new Error("questions not added");
    const members = await db().member.count();

    await expectRefusal(
      recordApplication(admin, screened, { answers: [{ questionId: selfHarm.id, value: false }] }),
      "BAD_REQUEST",
      `Answer "${DISTRESS.prompt}"`,
      "answers",
    );
    await expectRefusal(
      recordApplication(admin, screened, {
        answers: [
          { questionId: selfHarm.id, value: "no" },
          { questionId: distress.id, value: 3 },
        ],
      }),
      "BAD_REQUEST",
      `"${SELF_HARM.prompt}": answer yes or no`,
      "answers.0.value",
    );
    await expectRefusal(
      recordApplication(admin, screened, {
        answers: [
          { questionId: selfHarm.id, value: false },
          { questionId: distress.id, value: 11 },
        ],
      }),
      "BAD_REQUEST",
      `"${DISTRESS.prompt}": choose a number from 0 to 10`,
      "answers.1.value",
    );
    await expectRefused(
      recordApplication(admin, screened, {
        answers: [
          { questionId: foreign.id, value: "x" },
          { questionId: selfHarm.id, value: false },
          { questionId: distress.id, value: 3 },
        ],
      }),
      "BAD_REQUEST",
      "answers.0.questionId",
    );
    expect(await db().member.count()).toBe(members);
  });

  it("a risk-indicating answer flags the application and its answer", async () => {
    const screened = await makeProgramWithConsent(admin);
    const [selfHarm, distress] = await addQuestions(screened.id, SELF_HARM, DISTRESS);
    if (!selfHarm || !distress) throw new Error("questions not added");
    const answer = (harm: boolean, level: number) => [
      { questionId: selfHarm.id, value: harm },
      { questionId: distress.id, value: level },
    ];
    expect((await recordApplication(admin, screened, { answers: answer(false, 7) })).riskFlagged).toBe(false);
    expect((await recordApplication(admin, screened, { answers: answer(false, 8) })).riskFlagged).toBe(true);
    const flagged = await recordApplication(admin, screened, { answers: answer(true, 2) });
    expect(flagged.riskFlagged).toBe(true);
    const detail = await admin.intake.get({ applicationId: flagged.id });
    expect(
      detail.answers.map((a) => ({ prompt: a.question.prompt, risk: a.question.riskLabel, flagged: a.isRiskIndicator })),
    ).toEqual([
      { prompt: SELF_HARM.prompt, risk: "Current thoughts of self-harm", flagged: true },
      { prompt: DISTRESS.prompt, risk: "Severe distress", flagged: false },
    ]);
  });
});

describe("the intake queue", () => {
  let program: ProgramWithConsent;
  let spring: { id: string };
  let autumn: { id: string };
  let olderUnflagged: Application;
  let springUnflagged: Application;
  let autumnFlagged: Application;
  let springAcknowledged: Application;
  let autumnScreening: Application;

  beforeAll(async () => {
    program = await makeProgramWithConsent(admin);
    spring = await makeCohort(admin, program, leadId);
    autumn = await makeCohort(admin, program, leadId, { startDate: addDays(todayIn("America/Chicago"), 150) });
    const [selfHarm] = await addQuestions(program.id, { ...SELF_HARM, required: false });
    if (!selfHarm) throw new Error("question not added");
    const risky = [{ questionId: selfHarm.id, value: true }];
    const applicant = (lastName: string) => ({ newMember: newMember({ firstName: "Queue", lastName }) });

    olderUnflagged = await recordApplication(admin, program, { applicant: applicant("Abernathy") });
    await db().application.update({ where: { id: olderUnflagged.id }, data: { submittedAt: inDays(-20) } });
    springUnflagged = await recordApplication(admin, program, { applicant: applicant("Brennan"), cohortId: spring.id });
    autumnFlagged = await recordApplication(admin, program, {
      applicant: applicant("Castellano"),
      cohortId: autumn.id,
      answers: risky,
    });
    springAcknowledged = await recordApplication(admin, program, {
      applicant: applicant("Dubois"),
      cohortId: spring.id,
      answers: risky,
    });
    await admin.intake.acknowledgeRisk({ applicationId: springAcknowledged.id, note: "Has a safety plan with her GP" });
    autumnScreening = await recordApplication(admin, program, { applicant: applicant("Eriksen"), cohortId: autumn.id });
    await admin.intake.move({ applicationId: autumnScreening.id, to: "SCREENING", reason: "Reviewing" });
  });

  const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);

  it("puts flagged, unacknowledged applications first, then acknowledged flags, then the chosen order", async () => {
    const oldestFirst = await admin.intake.queue({ programId: program.id });
    expect(ids(oldestFirst)).toEqual([
      autumnFlagged.id,
      springAcknowledged.id,
      olderUnflagged.id,
      springUnflagged.id,
      autumnScreening.id,
    ]);
    expect(oldestFirst.total).toBe(5);
    expect(oldestFirst.rows[0]).toMatchObject({
      riskFlagged: true,
      riskAcknowledgedAt: null,
      member: { lastName: "Castellano" },
      cohort: { id: autumn.id },
      program: { id: program.id },
    });
    const newestFirst = await admin.intake.queue({ programId: program.id, desc: true });
    expect(ids(newestFirst)).toEqual([
      autumnFlagged.id,
      springAcknowledged.id,
      autumnScreening.id,
      springUnflagged.id,
      olderUnflagged.id,
    ]);
  });

  it("filters by status, program, cohort, flag and age", async () => {
    expect(ids(await admin.intake.queue({ programId: program.id, status: "SCREENING" }))).toEqual([autumnScreening.id]);
    expect(ids(await admin.intake.queue({ cohortId: spring.id }))).toEqual([springAcknowledged.id, springUnflagged.id]);
    expect(ids(await admin.intake.queue({ programId: program.id, flagged: true }))).toEqual([
      autumnFlagged.id,
      springAcknowledged.id,
    ]);
    expect(ids(await admin.intake.queue({ programId: program.id, flagged: false }))).toEqual([
      olderUnflagged.id,
      springUnflagged.id,
      autumnScreening.id,
    ]);
    expect(ids(await admin.intake.queue({ programId: program.id, olderThanDays: 14 }))).toEqual([olderUnflagged.id]);
    expect(ids(await admin.intake.queue({ programId: program.id, olderThanDays: 30 }))).toEqual([]);
    expect(
      await admin.intake.queue({ programId: program.id, cohortId: spring.id, status: "SUBMITTED", flagged: false }),
    ).toMatchObject({
      rows: [{ id: springUnflagged.id }],
      total: 1,
    });
  });

  it("searches by name, every word matching", async () => {
    expect(ids(await admin.intake.queue({ programId: program.id, q: "castel" }))).toEqual([autumnFlagged.id]);
    expect(ids(await admin.intake.queue({ programId: program.id, q: "queue DUBOIS" }))).toEqual([springAcknowledged.id]);
    expect(ids(await admin.intake.queue({ programId: program.id, q: "queue nobody" }))).toEqual([]);
  });

  it("pages on the server with the total", async () => {
    const paged = await makeProgramWithConsent(admin);
    const made: string[] = [];
    for (let i = 0; i < 12; i++) made.push((await recordApplication(admin, paged)).id);
    const first = await admin.intake.queue({ programId: paged.id, pageSize: 10, page: 1 });
    const second = await admin.intake.queue({ programId: paged.id, pageSize: 10, page: 2 });
    expect(first).toMatchObject({ total: 12, page: 1, pageSize: 10 });
    expect(first.rows).toHaveLength(10);
    expect(second.rows).toHaveLength(2);
    expect([...ids(first), ...ids(second)]).toEqual(made);
  });
});

describe("moving an application along the intake path", () => {
  let program: ProgramWithConsent;
  let cohort: { id: string };
  beforeAll(async () => {
    program = await makeProgramWithConsent(admin);
    cohort = await makeCohort(admin, program, leadId);
  });

  const REACH: Partial<Record<ApplicationStatus, ApplicationStatus[]>> = {
    SUBMITTED: [],
    SCREENING: ["SCREENING"],
    INTERVIEW_SCHEDULED: ["SCREENING", "INTERVIEW_SCHEDULED"],
    WAITLISTED: ["SCREENING", "WAITLISTED"],
    ACCEPTED: ["SCREENING", "ACCEPTED"],
  };
  const CLOSING = ["DECLINED", "REFERRED_ELSEWHERE", "WITHDRAWN"] as const;
  const STEPS: [ApplicationStatus, ApplicationStatus][] = [
    ...(["SCREENING", ...CLOSING] as const).map((to) => ["SUBMITTED", to] as [ApplicationStatus, ApplicationStatus]),
    ...(["INTERVIEW_SCHEDULED", "ACCEPTED", "WAITLISTED", ...CLOSING] as const).map(
      (to) => ["SCREENING", to] as [ApplicationStatus, ApplicationStatus],
    ),
    ...(["INTERVIEW_SCHEDULED", "ACCEPTED", "WAITLISTED", ...CLOSING] as const).map(
      (to) => ["INTERVIEW_SCHEDULED", to] as [ApplicationStatus, ApplicationStatus],
    ),
    ...(["ACCEPTED", ...CLOSING] as const).map((to) => ["WAITLISTED", to] as [ApplicationStatus, ApplicationStatus]),
    ["ACCEPTED", "WITHDRAWN"],
  ];
  const extrasFor = (to: ApplicationStatus) =>
    to === "INTERVIEW_SCHEDULED"
      ? { interviewAt: inDays(3), interviewerId: leadId }
      : to === "REFERRED_ELSEWHERE"
        ? {
            referral: {
              category: "INDIVIDUAL_THERAPY" as const,
              urgency: "ROUTINE" as const,
              note: "",
              informationSharing: false,
            },
          }
        : {};

  it.each(STEPS)("moves %s → %s, recording who, when and why", async (from, to) => {
    const application = await recordApplication(admin, program, { cohortId: cohort.id });
    const path = [...(REACH[from] ?? []), to];
    const before = Date.now();
    for (const [index, status] of path.entries()) {
      await admin.intake.move({ applicationId: application.id, to: status, reason: `Step ${index + 1}`, ...extrasFor(status) });
    }
    const detail = await admin.intake.get({ applicationId: application.id });
    expect(detail.status).toBe(to);
    expect(
      detail.statusChanges.map((c) => ({ from: c.fromStatus, to: c.toStatus, reason: c.reason, by: c.changedBy?.name })),
    ).toEqual([
      { from: null, to: "SUBMITTED", reason: "Application recorded", by: "Avery Admin" },
      ...path.map((status, index) => ({
        from: index === 0 ? "SUBMITTED" : path[index - 1],
        to: status,
        reason: `Step ${index + 1}`,
        by: "Avery Admin",
      })),
    ]);
    for (const change of detail.statusChanges.slice(1)) {
      expect(change.changedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(change.changedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    }
    expect(detail.decidedAt === null).toBe(!["ACCEPTED", ...CLOSING].includes(to as never));
    const stillWaiting = await db().waitlistEntry.count({
      where: { applicationId: application.id, status: { in: ["WAITING", "OFFERED"] } },
    });
    expect(stillWaiting).toBe(to === "WAITLISTED" ? 1 : 0);
  });

  it("refuses steps off the path with a message, changing nothing", async () => {
    const application = await recordApplication(admin, program);
    await expectRefusal(
      admin.intake.move({ applicationId: application.id, to: "ACCEPTED", reason: "Looks fine" }),
      "BAD_REQUEST",
      "An application that is submitted cannot be accepted",
      "to",
    );
    await expectRefusal(
      admin.intake.move({ applicationId: application.id, to: "WAITLISTED", reason: "Full" }),
      "BAD_REQUEST",
      "An application that is submitted cannot be waitlisted",
      "to",
    );
    await admin.intake.move({ applicationId: application.id, to: "DECLINED", reason: "Not eligible" });
    await expectRefusal(
      admin.intake.move({ applicationId: application.id, to: "SCREENING", reason: "Try again" }),
      "BAD_REQUEST",
      "An application that is declined cannot move to screening",
      "to",
    );
    await expectRefused(
      admin.intake.move({ applicationId: application.id, to: "WITHDRAWN", reason: "  " }),
      "BAD_REQUEST",
      "reason",
    );
    await expectRefused(admin.intake.move({ applicationId: MISSING_ID, to: "SCREENING", reason: "x" }), "NOT_FOUND");
    const detail = await admin.intake.get({ applicationId: application.id });
    expect(detail.status).toBe("DECLINED");
    expect(detail.statusChanges.map((c) => c.toStatus)).toEqual(["SUBMITTED", "DECLINED"]);
  });

  it("scheduling an interview needs a date and an active administrator or facilitator", async () => {
    const application = await recordApplication(admin, program);
    await admin.intake.move({ applicationId: application.id, to: "SCREENING", reason: "Reviewing" });
    const schedule = (extras: { interviewAt?: Date; interviewerId?: string }) =>
      admin.intake.move({ applicationId: application.id, to: "INTERVIEW_SCHEDULED", reason: "Meet first", ...extras });
    const { user: former } = await h.signedIn("FACILITATOR", { active: false });

    await expectRefusal(
      schedule({ interviewerId: leadId }),
      "BAD_REQUEST",
      "Choose the interview's date and time",
      "interviewAt",
    );
    await expectRefusal(
      schedule({ interviewAt: inDays(-3), interviewerId: leadId }),
      "BAD_REQUEST",
      "The interview date is in the past",
      "interviewAt",
    );
    await expectRefusal(schedule({ interviewAt: inDays(3) }), "BAD_REQUEST", "Choose who interviews", "interviewerId");
    for (const interviewerId of [staffId, former.id, MISSING_ID]) {
      await expectRefusal(
        schedule({ interviewAt: inDays(3), interviewerId }),
        "BAD_REQUEST",
        "The interviewer must be an active administrator or facilitator",
        "interviewerId",
      );
    }
    expect((await admin.intake.get({ applicationId: application.id })).status).toBe("SCREENING");

    const at = inDays(4);
    await schedule({ interviewAt: at, interviewerId: leadId });
    expect(await admin.intake.get({ applicationId: application.id })).toMatchObject({
      status: "INTERVIEW_SCHEDULED",
      interviewAt: at,
      interviewer: { id: leadId, name: "Lee Lead" },
    });
    // moved to another day with another interviewer (an admin may interview too)
    const later = inDays(6);
    await schedule({ interviewAt: later, interviewerId: adminId });
    expect(await admin.intake.get({ applicationId: application.id })).toMatchObject({
      interviewAt: later,
      interviewer: { id: adminId },
    });
  });

  it("a flagged application is accepted only after an admin acknowledges the risk with a note, which is kept", async () => {
    const screened = await makeProgramWithConsent(admin);
    const [selfHarm] = await addQuestions(screened.id, SELF_HARM);
    if (!selfHarm) throw new Error("question not added");
    const application = await recordApplication(admin, screened, { answers: [{ questionId: selfHarm.id, value: true }] });
    await admin.intake.move({ applicationId: application.id, to: "SCREENING", reason: "Reviewing" });
    await expectRefusal(
      admin.intake.move({ applicationId: application.id, to: "ACCEPTED", reason: "Good fit" }),
      "BAD_REQUEST",
      "This application has a risk flag: acknowledge it with a note before accepting",
      "to",
    );
    await expectRefused(admin.intake.acknowledgeRisk({ applicationId: application.id, note: " " }), "BAD_REQUEST", "note");
    expect((await admin.intake.get({ applicationId: application.id })).riskAcknowledgedAt).toBeNull();

    const note = "Discussed with her therapist: safety plan in place, weekly individual sessions continue";
    await admin.intake.acknowledgeRisk({ applicationId: application.id, note });
    await expectRefusal(
      admin.intake.acknowledgeRisk({ applicationId: application.id, note: "again" }),
      "BAD_REQUEST",
      "The risk flag was already acknowledged",
      "applicationId",
    );
    await admin.intake.move({ applicationId: application.id, to: "ACCEPTED", reason: "Good fit" });

    const detail = await admin.intake.get({ applicationId: application.id });
    expect(detail).toMatchObject({
      status: "ACCEPTED",
      riskFlagged: true,
      riskAcknowledgementNote: note,
      riskAcknowledgedBy: { name: "Avery Admin" },
    });
    expect(detail.riskAcknowledgedAt).toBeInstanceOf(Date);
    expect(
      await db().auditEvent.count({
        where: { entityId: application.id, action: "application.acknowledge_risk", actorId: adminId },
      }),
    ).toBe(1);

    const unflagged = await recordApplication(admin, screened, { answers: [{ questionId: selfHarm.id, value: false }] });
    await expectRefusal(
      admin.intake.acknowledgeRisk({ applicationId: unflagged.id, note: "n/a" }),
      "BAD_REQUEST",
      "This application has no risk flag",
      "applicationId",
    );
  });

  it("referring elsewhere needs a referral, and creates one linked to the application", async () => {
    const application = await recordApplication(admin, program, { cohortId: cohort.id });
    const resource = await db().resource.create({
      data: { name: "Riverside Trauma Clinic", kind: "INDIVIDUAL_THERAPY", phone: "312 555 0100" },
    });
    const closed = await db().resource.create({ data: { name: "Closed Clinic", kind: "PSYCHIATRY", active: false } });
    const refer = (referral?: { resourceId?: string }) =>
      admin.intake.move({
        applicationId: application.id,
        to: "REFERRED_ELSEWHERE",
        reason: "Needs individual trauma therapy first",
        ...(referral
          ? {
              referral: {
                category: "INDIVIDUAL_THERAPY" as const,
                urgency: "URGENT" as const,
                note: "Recent loss with trauma symptoms",
                informationSharing: true,
                ...referral,
              },
            }
          : {}),
      });

    await expectRefusal(refer(), "BAD_REQUEST", "Say where the person is referred: category, urgency and resource", "referral");
    await expectRefusal(
      refer({ resourceId: closed.id }),
      "BAD_REQUEST",
      "That resource is not in the directory",
      "referral.resourceId",
    );
    expect(await db().referral.count({ where: { applicationId: application.id } })).toBe(0);

    await refer({ resourceId: resource.id });
    const referrals = await db().referral.findMany({
      where: { applicationId: application.id },
      include: { statusChanges: true },
    });
    expect(referrals).toEqual([
      expect.objectContaining({
        memberId: application.memberId,
        cohortId: cohort.id,
        resourceId: resource.id,
        category: "INDIVIDUAL_THERAPY",
        urgency: "URGENT",
        status: "SUGGESTED",
        reason: "Needs individual trauma therapy first",
        note: "Recent loss with trauma symptoms",
        informationSharing: true,
        // the same follow-up a logged referral gets: urgent, in 2 days
        followUpOn: new Date(`${addDays(new Date().toISOString().slice(0, 10), 2)}T00:00:00Z`),
        createdById: adminId,
        statusChanges: [
          expect.objectContaining({
            fromStatus: null,
            toStatus: "SUGGESTED",
            note: "Needs individual trauma therapy first",
            changedById: adminId,
          }),
        ],
      }),
    ]);
    const detail = await admin.intake.get({ applicationId: application.id });
    expect(detail.status).toBe("REFERRED_ELSEWHERE");
    expect(detail.referrals).toEqual([
      {
        id: referrals[0]?.id,
        category: "INDIVIDUAL_THERAPY",
        urgency: "URGENT",
        status: "SUGGESTED",
        resource: { name: "Riverside Trauma Clinic" },
      },
    ]);
  });

  it("waitlisting puts the person at the end of the cohort's list, or the program's when no cohort was chosen", async () => {
    const own = await makeProgramWithConsent(admin);
    const ownCohort = await makeCohort(admin, own, leadId);
    const waitlist = async (cohortId: string | null) => {
      const application = await recordApplication(admin, own, { cohortId });
      await admin.intake.move({ applicationId: application.id, to: "SCREENING", reason: "Reviewing" });
      await admin.intake.move({ applicationId: application.id, to: "WAITLISTED", reason: "Cohort is full" });
      return application;
    };
    const first = await waitlist(ownCohort.id);
    const second = await waitlist(ownCohort.id);
    const third = await waitlist(ownCohort.id);
    const programLevel = await waitlist(null);

    const list = await admin.enrollment.waitlist({ cohortId: ownCohort.id });
    expect(list.map((e) => [e.member.id, e.position, e.status, e.applicationId])).toEqual([
      [first.memberId, 1, "WAITING", first.id],
      [second.memberId, 2, "WAITING", second.id],
      [third.memberId, 3, "WAITING", third.id],
    ]);
    expect(await db().waitlistEntry.findMany({ where: { applicationId: programLevel.id } })).toEqual([
      expect.objectContaining({ programId: own.id, cohortId: null, position: 1, status: "WAITING" }),
    ]);
    const detail = await admin.intake.get({ applicationId: second.id });
    expect(detail.waitlistEntries).toEqual([expect.objectContaining({ status: "WAITING", position: 2 })]);
  });
});

describe("the queue's default view", () => {
  it("OPEN lists only applications waiting for a decision, as the home page counts them", async () => {
    const { caller: admin } = await h.signedIn("ADMIN");
    const rows = (await admin.intake.queue({ page: 1, pageSize: 100, sort: "submittedAt", status: "OPEN" })).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => ["SUBMITTED", "SCREENING", "INTERVIEW_SCHEDULED"].includes(r.status))).toBe(true);
    const everything = await admin.intake.queue({ page: 1, pageSize: 100, sort: "submittedAt" });
    expect(everything.rows.some((r) => !["SUBMITTED", "SCREENING", "INTERVIEW_SCHEDULED"].includes(r.status))).toBe(true);
    const waiting = await admin.intake.waiting();
    expect(waiting.total).toBe(rows.length);
  });
});
