import type { APIRequestContext } from "@playwright/test";
import { trpc } from "../../fixtures.ts";

// Arranges, through the API, what an intake coordinator finds already set up: a consent
// document, a program requiring it with one yes/no risk question, and a cohort of two seats
// that started three days ago (so its first session can be marked held).

export const RISK_PROMPT = "Are you having thoughts of harming yourself right now?";
export const RISK_LABEL = "Current thoughts of self-harm";
export const CONSENT_SENTENCE = "What members share stays in the group";

export interface ClosedCohort {
  marker: string;
  documentTitle: string;
  programId: string;
  programName: string;
  questionId: string;
  cohortId: string;
  cohortName: string;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const isoWeekday = (date: Date) => date.getUTCDay() || 7;

/** A support group by default; a therapy group (professionally led, its notes signed by the lead) when asked. */
export async function arrangeClosedCohort(
  api: APIRequestContext,
  marker: string,
  leadId: string,
  options: { groupType?: "SUPPORT" | "THERAPY" } = {},
): Promise<ClosedCohort> {
  const therapy = options.groupType === "THERAPY";
  const documentTitle = `Group agreement ${marker}`;
  const document = await trpc<{ id: string }>(api, "consent.createDocument", {
    title: documentTitle,
    body: `# Group agreement\n\n## Confidentiality\n${CONSENT_SENTENCE}, except when someone is at risk of serious harm.\n\n## Withdrawal\nYou may leave at any time.`,
  });
  const programName = `Grief circle ${marker}`;
  const program = await trpc<{ id: string }>(api, "programs.create", {
    name: programName,
    groupType: therapy ? "THERAPY" : "SUPPORT",
    leadership: therapy ? "PROFESSIONALLY_LED" : "PEER_LED",
    delivery: "IN_PERSON",
    sessionCount: 6,
    sessionLengthMinutes: 90,
    defaultCapacity: 2,
    minimumEnrollment: 1,
    joinUntilSession: 1,
    consentDocumentId: document.id,
  });
  const question = await trpc<{ id: string }>(api, "intake.addQuestion", {
    programId: program.id,
    question: { prompt: RISK_PROMPT, kind: "YES_NO", riskAnswers: ["yes"], riskLabel: RISK_LABEL, required: true },
  });
  const start = new Date(Date.now() - 3 * 86_400_000);
  const cohortName = `Grief circle ${marker} — Autumn`;
  const cohort = await trpc<{ id: string }>(api, "cohorts.create", {
    programId: program.id,
    name: cohortName,
    startDate: isoDay(start),
    weekday: isoWeekday(start),
    startTime: "00:30",
    timeZone: "UTC",
    location: "Community room 2",
    capacity: 2,
    minimumEnrollment: 1,
    facilitators: { leadId, coFacilitatorIds: [] },
  });
  return {
    marker,
    documentTitle,
    programId: program.id,
    programName,
    questionId: question.id,
    cohortId: cohort.id,
    cohortName,
  };
}

export interface Applicant {
  memberId: string;
  applicationId: string;
  firstName: string;
  lastName: string;
}

/** An application with no risk answer, recorded and moved into screening. */
export async function arrangeApplicant(api: APIRequestContext, setup: ClosedCohort, firstName: string): Promise<Applicant> {
  const lastName = `Quill${setup.marker}`;
  const application = await trpc<{ id: string; memberId: string }>(api, "intake.record", {
    applicant: { newMember: { firstName, lastName, email: `${firstName.toLowerCase()}-${setup.marker}@example.org` } },
    programId: setup.programId,
    cohortId: setup.cohortId,
    referralSource: "CLINICIAN",
    answers: [{ questionId: setup.questionId, value: false }],
  });
  await trpc(api, "intake.move", { applicationId: application.id, to: "SCREENING", reason: "Screening call booked" });
  return { memberId: application.memberId, applicationId: application.id, firstName, lastName };
}

/** Accepted, with e-signed consent to the program's current version on record. */
export async function arrangeConsentingApplicant(api: APIRequestContext, setup: ClosedCohort, firstName: string) {
  const applicant = await arrangeApplicant(api, setup, firstName);
  await trpc(api, "intake.move", { applicationId: applicant.applicationId, to: "ACCEPTED", reason: "A good fit" });
  const version = await trpc<{ id: string }>(api, "consent.versionForProgram", { programId: setup.programId }, "query");
  await trpc(api, "consent.record", {
    memberId: applicant.memberId,
    versionId: version.id,
    method: "E_SIGNATURE",
    signedName: `${applicant.firstName} ${applicant.lastName}`,
  });
  return applicant;
}

/** Marks the cohort's first session held: the enrollment lock closes. */
export async function holdFirstSession(api: APIRequestContext, cohortId: string) {
  const sessions = await trpc<{ id: string; number: number }[]>(api, "sessions.forCohort", { cohortId }, "query");
  const first = sessions.find((session) => session.number === 1);
  if (!first) throw new Error("The cohort has no first session");
  await trpc(api, "sessions.markHeld", { sessionId: first.id });
}
