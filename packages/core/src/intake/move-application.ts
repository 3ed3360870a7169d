import type { Db, Prisma } from "@circle/db";
import type { AcknowledgeRiskInput, ApplicationStatus, ReferralDraft } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { createReferral } from "../referrals/log-referral.ts";
import { lockCohortRow, lockRow } from "../transactions/lock-rows.ts";
import { addToWaitlist } from "../waitlist/waitlist.ts";
import { assertApplicationTransition } from "./application-status.ts";
import {
  assertMayAcknowledgeRisk,
  assertMayMove,
  assertTakesPartInIntake,
  type IntakeStanding,
  intakeStandingOn,
} from "./intake-roles.ts";

type Tx = Prisma.TransactionClient;

export interface MoveApplication {
  applicationId: string;
  to: ApplicationStatus;
  reason: string;
  interviewAt?: Date;
  interviewerId?: string;
  referral?: ReferralDraft;
}

const FINAL: ApplicationStatus[] = ["ACCEPTED", "DECLINED", "REFERRED_ELSEWHERE", "WITHDRAWN"];

/** The decision each recommendation asks for, to note when a decision goes against it. */
const RECOMMENDED_STATUS = {
  ACCEPT: "ACCEPTED",
  WAITLIST: "WAITLISTED",
  DECLINE: "DECLINED",
  REFER_ELSEWHERE: "REFERRED_ELSEWHERE",
} as const satisfies Record<string, ApplicationStatus>;

/**
 * Moves an application one step along the intake path, by a named user with a reason. Each
 * step brings what it needs: an interview's date and interviewer, an acknowledged risk flag
 * before acceptance, a waitlist place, or a referral record. A facilitator of the cohort screens
 * and schedules the interview; deciding is an administrator's (see intake-roles.ts).
 */
export async function moveApplication(db: Db, actor: Actor, input: MoveApplication, now = new Date()) {
  if (actor.role !== "ADMIN") await assertTakesPartInIntake(db, actor, input.applicationId);
  return db.$transaction(async (tx) => {
    // Its cohort first: a move to the waitlist or to enrollment changes that cohort's seats.
    if (!(await lockCohortRow(tx, "Application", input.applicationId))) throw AppError.notFound("Application");
    const application = await tx.application.findUniqueOrThrow({ where: { id: input.applicationId } });
    const standing = await intakeStandingOn(tx, actor, application, now);
    assertMayMove(standing, input.to);
    assertApplicationTransition(application.status, input.to);
    let waitlistedFor: string | undefined;
    const data: Prisma.ApplicationUpdateInput = {
      status: input.to,
      ...(FINAL.includes(input.to) ? { decidedAt: now } : {}),
    };

    switch (input.to) {
      case "INTERVIEW_SCHEDULED":
        Object.assign(data, await interviewData(tx, actor, standing, application.cohortId, input, now));
        break;
      case "ACCEPTED":
        if (application.riskFlagged && !application.riskAcknowledgedAt) {
          throw AppError.invalid("to", "This application has a risk flag: acknowledge it with a note before accepting");
        }
        await closeWaitlistEntries(tx, application.id, "ACCEPTED", now);
        break;
      case "WAITLISTED": {
        const { movedTo } = await addToWaitlist(
          tx,
          {
            programId: application.programId,
            cohortId: application.cohortId,
            memberId: application.memberId,
            applicationId: application.id,
          },
          now,
        );
        // the cohort's enrollment had closed: the application now waits for the next one
        if (movedTo) data.cohort = movedTo.cohortId ? { connect: { id: movedTo.cohortId } } : { disconnect: true };
        waitlistedFor = movedTo?.name;
        break;
      }
      case "REFERRED_ELSEWHERE":
        await createReferralFor(tx, actor, application, input);
        await closeWaitlistEntries(tx, application.id, "REMOVED", now);
        break;
      default:
        await closeWaitlistEntries(tx, application.id, "REMOVED", now);
    }

    await tx.application.update({ where: { id: application.id }, data });
    await tx.applicationStatusChange.create({
      data: {
        applicationId: application.id,
        fromStatus: application.status,
        toStatus: input.to,
        reason: input.reason,
        changedById: actor.userId,
        changedAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: "application.move",
      entityType: "Application",
      entityId: application.id,
      details: {
        from: application.status,
        to: input.to,
        ...(waitlistedFor ? { waitlistedFor } : {}),
        ...(againstRecommendation(application.recommendation, input.to)
          ? { againstRecommendation: application.recommendation }
          : {}),
      },
      at: now,
    });
    return { applicationId: application.id, status: input.to, waitlistedFor: waitlistedFor ?? null };
  });
}

/** A decision an administrator took otherwise than the facilitator recommended: kept in the audit. */
function againstRecommendation(recommendation: keyof typeof RECOMMENDED_STATUS | null, to: ApplicationStatus): boolean {
  if (!recommendation || !FINAL.includes(to) || to === "WITHDRAWN") return false;
  return RECOMMENDED_STATUS[recommendation] !== to;
}

async function interviewData(
  tx: Tx,
  actor: Actor,
  standing: IntakeStanding,
  cohortId: string | null,
  input: MoveApplication,
  now: Date,
) {
  if (!input.interviewAt) throw AppError.invalid("interviewAt", "Choose the interview's date and time");
  if (input.interviewAt.getTime() < now.getTime() - 86_400_000)
    throw AppError.invalid("interviewAt", "The interview date is in the past");
  if (!input.interviewerId) throw AppError.invalid("interviewerId", "Choose who interviews");
  const interviewer = await tx.user.findUnique({ where: { id: input.interviewerId }, select: { active: true, role: true } });
  if (!interviewer?.active || interviewer.role === "STAFF")
    throw AppError.invalid("interviewerId", "The interviewer must be an active administrator or facilitator");
  // A facilitator books the interview for themselves or a colleague on the same cohort.
  if (!standing.admin && input.interviewerId !== actor.userId) {
    const colleague = cohortId
      ? await tx.cohortFacilitator.findUnique({ where: { cohortId_userId: { cohortId, userId: input.interviewerId } } })
      : null;
    if (!colleague) throw AppError.invalid("interviewerId", "Choose yourself or another facilitator of this cohort");
  }
  return { interviewAt: input.interviewAt, interviewer: { connect: { id: input.interviewerId } } };
}

async function closeWaitlistEntries(tx: Tx, applicationId: string, status: "ACCEPTED" | "REMOVED", now: Date) {
  await tx.waitlistEntry.updateMany({
    where: { applicationId, status: { in: ["WAITING", "OFFERED"] } },
    data: { status, respondedAt: now },
  });
}

/** "Referred elsewhere" makes the same referral a facilitator logs: one list, one report. */
async function createReferralFor(
  tx: Tx,
  actor: Actor,
  application: { id: string; memberId: string; cohortId: string | null },
  input: MoveApplication,
) {
  if (!input.referral) throw AppError.invalid("referral", "Say where the person is referred: category, urgency and resource");
  await createReferral(
    tx,
    actor,
    {
      ...input.referral,
      memberId: application.memberId,
      cohortId: application.cohortId,
      applicationId: application.id,
      reason: input.reason,
      firstNote: input.reason,
    },
    { fieldPrefix: "referral." },
  );
}

/**
 * A flagged application is accepted only after someone qualified (an admin, or a licensed
 * facilitator of its cohort) writes down how the risk was weighed; who did is kept.
 */
export async function acknowledgeRisk(db: Db, actor: Actor, input: AcknowledgeRiskInput, now = new Date()) {
  const { applicationId, note } = input;
  if (actor.role !== "ADMIN") await assertTakesPartInIntake(db, actor, applicationId);
  return db.$transaction(async (tx) => {
    // Read under the lock: of two acknowledgements at once, the second finds it acknowledged.
    if (!(await lockRow(tx, "Application", applicationId))) throw AppError.notFound("Application");
    const application = await tx.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { riskFlagged: true, riskAcknowledgedAt: true, cohortId: true, programId: true },
    });
    assertMayAcknowledgeRisk(await intakeStandingOn(tx, actor, application, now));
    if (!application.riskFlagged) throw AppError.invalid("applicationId", "This application has no risk flag");
    if (application.riskAcknowledgedAt) throw AppError.invalid("applicationId", "The risk flag was already acknowledged");
    await tx.application.update({
      where: { id: applicationId },
      data: { riskAcknowledgedAt: now, riskAcknowledgedById: actor.userId, riskAcknowledgementNote: note },
    });
    await recordAudit(tx, actor, {
      action: "application.acknowledge_risk",
      entityType: "Application",
      entityId: applicationId,
      at: now,
    });
    return { applicationId };
  });
}
