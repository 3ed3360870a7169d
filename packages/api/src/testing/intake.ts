import type { Db } from "@circle/db";
import { uniqueSuffix } from "@circle/db/testing";
import type { inferRouterInputs, inferRouterOutputs, TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { expect } from "vitest";
import type { AppRouter } from "../root.ts";
import { type Caller, makeProgram, type ProgramInput } from "./programs.ts";
import { clientShapeOf, expectRefused } from "./refusals.ts";

// Intake, consent and enrollment fixtures for integration tests, made through the real
// procedures (as an admin would) so every test starts from data the product itself saved.

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;
export type NewMember = Extract<Inputs["intake"]["record"]["applicant"], { newMember: unknown }>["newMember"];
export type RecordInput = Inputs["intake"]["record"];
export type QuestionInput = Inputs["intake"]["addQuestion"]["question"];
export type Application = Outputs["intake"]["record"];

export const CONSENT_TEXT = [
  "# Group agreement and informed consent",
  "",
  "What is said in the group stays in the group, except where someone is at risk of harm",
  "or the law requires us to report. Taking part is voluntary: you may withdraw at any time.",
].join("\n");

/** A consent document as consent.createDocument makes it (version 1), with its first version's id. */
export async function makeConsentDocument(admin: Caller, body = CONSENT_TEXT) {
  const document = await admin.consent.createDocument({ title: `Group agreement ${uniqueSuffix()}`, body });
  const { versions } = await admin.consent.document({ documentId: document.id });
  const first = versions.find((v) => v.version === 1);
  if (!first) throw new Error("a new consent document has no version 1");
  return { documentId: document.id, title: document.title, versionId: first.id };
}

export type ProgramWithConsent = Awaited<ReturnType<typeof makeProgramWithConsent>>;

/** An 8-session support group (no modules) requiring its own new consent document. */
export async function makeProgramWithConsent(admin: Caller, overrides: Partial<ProgramInput> = {}) {
  const consent = await makeConsentDocument(admin);
  const program = await makeProgram(admin, { consentDocumentId: consent.documentId, ...overrides }, { modules: 0 });
  return { ...program, consent };
}

/** A new person's details, unique so duplicate detection never mistakes one test's people for another's. */
export function newMember(overrides: Partial<NewMember> = {}): NewMember {
  const suffix = uniqueSuffix();
  return {
    firstName: "Robin",
    lastName: `Okafor-${suffix}`,
    email: `robin.${suffix}@example.org`,
    pronouns: "they/them",
    ...overrides,
  };
}

/** Records an application (for a new person unless `applicant` says otherwise) to the program. */
export function recordApplication(
  admin: Caller,
  program: { id: string },
  overrides: Partial<Omit<RecordInput, "programId">> = {},
): Promise<Application> {
  return admin.intake.record({
    applicant: { newMember: newMember() },
    programId: program.id,
    referralSource: "SELF",
    answers: [],
    ...overrides,
  });
}

/** The program's current consent version, signed by the member by typing their full name. */
export async function recordESignature(admin: Caller, db: Db, memberId: string, programId: string) {
  const version = await admin.consent.versionForProgram({ programId });
  if (!version) throw new Error("the program has no consent document");
  const member = await db.member.findUniqueOrThrow({ where: { id: memberId } });
  return admin.consent.record({
    memberId,
    versionId: version.id,
    method: "E_SIGNATURE",
    signedName: `${member.firstName} ${member.lastName}`,
  });
}

/**
 * A person who applied to the program (optionally to one cohort) and e-signed its current consent
 * version: ready to enroll.
 */
export async function makeConsentingMember(
  admin: Caller,
  db: Db,
  program: { id: string },
  options: { cohortId?: string; member?: Partial<NewMember> } = {},
) {
  const application = await recordApplication(admin, program, {
    applicant: { newMember: newMember(options.member) },
    cohortId: options.cohortId ?? null,
  });
  await recordESignature(admin, db, application.memberId, program.id);
  return { memberId: application.memberId, applicationId: application.id };
}

/** Moves an application along the path, one intake.move per status, each with a reason. */
export async function moveThrough(admin: Caller, applicationId: string, ...path: ("SCREENING" | "WAITLISTED" | "ACCEPTED")[]) {
  for (const to of path) await admin.intake.move({ applicationId, to, reason: `Moved to ${to.toLowerCase()}` });
}

/** A consenting applicant to the cohort, put on its waitlist (submitted → screening → waitlisted). */
export async function makeWaitlistedMember(admin: Caller, db: Db, program: { id: string }, cohortId: string | null) {
  const person = await makeConsentingMember(admin, db, program, cohortId ? { cohortId } : {});
  await moveThrough(admin, person.applicationId, "SCREENING", "WAITLISTED");
  const entry = await db.waitlistEntry.findFirstOrThrow({ where: { applicationId: person.applicationId } });
  return { ...person, entryId: entry.id };
}

/** Marks the cohort's session with this number held, through sessions.markHeld. */
export async function holdSession(caller: Caller, db: Db, cohortId: string, number: number) {
  const session = await db.session.findUniqueOrThrow({ where: { cohortId_number: { cohortId, number } } });
  return caller.sessions.markHeld({ sessionId: session.id });
}

/** The cohort's waitlist entries that are still open, in order, as the database holds them. */
export function openWaitlist(db: Db, where: { cohortId: string | null; programId?: string }) {
  return db.waitlistEntry.findMany({
    where: { ...where, status: { in: ["WAITING", "OFFERED"] } },
    orderBy: { position: "asc" },
  });
}

/**
 * Expects the call to be refused with this code and message; when a field is given, the client
 * receives that message beside that field.
 */
export async function expectRefusal(call: Promise<unknown>, code: TRPC_ERROR_CODE_KEY, message: string, field?: string) {
  const error = await expectRefused(call, code, field);
  expect(error.message).toBe(message);
  if (field) expect(clientShapeOf(error).data.fieldErrors?.[field]).toEqual([message]);
  return error;
}
