import type { Db, Prisma } from "@circle/db";
import { OPEN_APPLICATION_STATUSES, type Recommendation } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { lockCohortRow } from "../transactions/lock-rows.ts";
import { APPLICATION_STATUS_LABEL } from "./application-status.ts";
import { assertTakesPartInIntake } from "./intake-roles.ts";

const OPEN: readonly string[] = OPEN_APPLICATION_STATUSES;

/** Reads the application under its cohort's lock and refuses once it has been decided. */
async function lockOpenApplication(tx: Prisma.TransactionClient, applicationId: string, doing: string) {
  if (!(await lockCohortRow(tx, "Application", applicationId))) throw AppError.notFound("Application");
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { id: true, status: true, interviewAt: true },
  });
  if (!OPEN.includes(application.status)) {
    throw AppError.invalid("applicationId", `This application is ${APPLICATION_STATUS_LABEL[application.status]}: ${doing}`);
  }
  return application;
}

/** The pre-group interview's notes, by whoever held it; rewritten until the application is decided. */
export async function recordInterviewNotes(db: Db, actor: Actor, input: { applicationId: string; notes: string }) {
  await assertTakesPartInIntake(db, actor, input.applicationId);
  return db.$transaction(async (tx) => {
    const application = await lockOpenApplication(tx, input.applicationId, "its interview notes can no longer change");
    if (!application.interviewAt) throw AppError.invalid("notes", "Schedule the interview before recording its notes");
    const saved = await tx.application.update({
      where: { id: application.id },
      data: { interviewNotes: input.notes, interviewNotesAt: new Date(), interviewNotesById: actor.userId },
      select: { id: true, interviewNotesAt: true },
    });
    // The notes themselves are screening material: the audit says they changed, not what they say.
    await recordAudit(tx, actor, {
      action: "application.record_interview_notes",
      entityType: "Application",
      entityId: application.id,
    });
    return { applicationId: saved.id, interviewNotesAt: saved.interviewNotesAt };
  });
}

/**
 * A facilitator's recommendation after meeting the applicant: accept, waitlist, decline or refer
 * elsewhere, with a reason. It changes no status: an administrator reads it in the queue and decides.
 */
export async function recommendApplication(
  db: Db,
  actor: Actor,
  input: { applicationId: string; recommendation: Recommendation; reason: string },
) {
  await assertTakesPartInIntake(db, actor, input.applicationId);
  return db.$transaction(async (tx) => {
    const application = await lockOpenApplication(tx, input.applicationId, "it has been decided");
    await tx.application.update({
      where: { id: application.id },
      data: {
        recommendation: input.recommendation,
        recommendationReason: input.reason,
        recommendedAt: new Date(),
        recommendedById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "application.recommend",
      entityType: "Application",
      entityId: application.id,
      details: { recommendation: input.recommendation },
    });
    return { applicationId: application.id, recommendation: input.recommendation };
  });
}
