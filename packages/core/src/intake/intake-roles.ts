import type { Db, Prisma } from "@circle/db";
import type { ApplicationStatus } from "@circle/validators";
import { deniedAsNotFound } from "../access/denied-as-not-found.ts";
import type { Actor } from "../actor.ts";
import { holdsCurrentLicence } from "../cohorts/licence-rule.ts";
import { AppError } from "../errors/app-error.ts";
import { intakeApplicationsWhere } from "../members/member-access.ts";

type Reader = Db | Prisma.TransactionClient;

/**
 * What the actor is to one application's intake. Administrators decide everything. A facilitator
 * taking part (their cohort's applicant, or the program's unplaced one where it allows) may
 * screen, interview, recommend and note a risk flag; acknowledging the flag needs a current
 * licence and a place on the application's cohort; deciding needs the program's leave, the
 * cohort's lead role and a current licence.
 */
export interface IntakeStanding {
  admin: boolean;
  /** facilitates the application's cohort (lead or co-facilitator) */
  ofCohort: boolean;
  lead: boolean;
  licensed: boolean;
  programLetsLeadsDecide: boolean;
}

/**
 * Proves the actor takes part in this application's intake, before any lock is taken: another
 * cohort's application and a missing one are the same audited NOT_FOUND.
 */
export async function assertTakesPartInIntake(db: Db, actor: Actor, applicationId: string): Promise<void> {
  if (actor.role === "STAFF") throw AppError.forbidden("Your role does not allow this");
  const found = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, intakeApplicationsWhere(actor)] },
    select: { id: true },
  });
  if (!found) throw await deniedAsNotFound(db, actor, "Application", applicationId);
}

/** The actor's standing, read inside the command's transaction (after its lock). */
export async function intakeStandingOn(
  tx: Reader,
  actor: Actor,
  application: { cohortId: string | null; programId: string },
  today = new Date(),
): Promise<IntakeStanding> {
  const program = await tx.program.findUniqueOrThrow({
    where: { id: application.programId },
    select: { licensedLeadsDecide: true },
  });
  if (actor.role === "ADMIN") {
    return { admin: true, ofCohort: false, lead: false, licensed: false, programLetsLeadsDecide: program.licensedLeadsDecide };
  }
  const [place, credentials] = await Promise.all([
    application.cohortId
      ? tx.cohortFacilitator.findUnique({
          where: { cohortId_userId: { cohortId: application.cohortId, userId: actor.userId } },
          select: { role: true },
        })
      : null,
    tx.credential.findMany({ where: { userId: actor.userId }, select: { kind: true, expiresAt: true } }),
  ]);
  return {
    admin: false,
    ofCohort: Boolean(place),
    lead: place?.role === "LEAD",
    licensed: holdsCurrentLicence(credentials, today),
    programLetsLeadsDecide: program.licensedLeadsDecide,
  };
}

export function mayAcknowledgeRisk(standing: IntakeStanding): boolean {
  return standing.admin || (standing.ofCohort && standing.licensed);
}

export function mayDecide(standing: IntakeStanding): boolean {
  return standing.admin || (standing.programLetsLeadsDecide && standing.lead && standing.licensed);
}

/** Steps a facilitator taking part may take without deciding: screening and the interview. */
const PREPARING: readonly ApplicationStatus[] = ["SCREENING", "INTERVIEW_SCHEDULED"];

export function assertMayMove(standing: IntakeStanding, to: ApplicationStatus): void {
  if (PREPARING.includes(to) || mayDecide(standing)) return;
  throw AppError.forbidden(
    standing.programLetsLeadsDecide
      ? "Only an administrator or this cohort's licensed lead facilitator decides an application"
      : "An administrator decides applications to this program; recommend your decision instead",
  );
}

export function assertMayAcknowledgeRisk(standing: IntakeStanding): void {
  if (mayAcknowledgeRisk(standing)) return;
  throw AppError.forbidden(
    "Only an administrator or a licensed facilitator of this cohort acknowledges a risk flag; add a note and escalate it instead",
  );
}

/** What the application page offers the actor: the server checks each again. */
export function intakePermissions(standing: IntakeStanding) {
  return {
    decide: mayDecide(standing),
    acknowledgeRisk: mayAcknowledgeRisk(standing),
    takePart: true,
  };
}
