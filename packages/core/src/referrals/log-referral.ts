import { type Db, Prisma } from "@circle/db";
import type { LogReferralInput, ReferralDraft } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { visibleMembersWhere } from "../members/member-access.ts";
import { dayValue, defaultFollowUpOn, referralToday } from "./referral-status.ts";

type Tx = Prisma.TransactionClient;

/** What logging a referral answers. */
const loggedReferral = { id: true, status: true, urgency: true, followUpOn: true } satisfies Prisma.ReferralSelect;

export interface NewReferral extends ReferralDraft {
  memberId: string;
  cohortId: string | null;
  applicationId?: string;
  reason: string;
  /** the note on the first step of its history */
  firstNote: string;
  idempotencyKey?: string | undefined;
}

/**
 * Writes a referral and the first step of its history, in the caller's transaction. Every
 * referral goes through here (logged for a member, or made at intake), so each has the same
 * shape: a resource from the directory or a one-off, an urgency and a follow-up date.
 */
export async function createReferral(tx: Tx, actor: Actor, referral: NewReferral, options: { fieldPrefix?: string } = {}) {
  if (referral.resourceId) {
    const resource = await tx.resource.findUnique({ where: { id: referral.resourceId }, select: { active: true } });
    if (!resource?.active) {
      throw AppError.invalid(`${options.fieldPrefix ?? ""}resourceId`, "That resource is not in the directory");
    }
  }
  const followUpOn = referral.followUpOn ?? defaultFollowUpOn(referral.urgency, referralToday());
  const created = await tx.referral.create({
    data: {
      memberId: referral.memberId,
      cohortId: referral.cohortId,
      applicationId: referral.applicationId ?? null,
      resourceId: referral.resourceId ?? null,
      resourceName: referral.resourceId ? null : (referral.resourceName ?? null),
      resourceContact: referral.resourceId ? null : (referral.resourceContact ?? null),
      category: referral.category,
      urgency: referral.urgency,
      reason: referral.reason,
      note: referral.note,
      sharesInformation: referral.sharesInformation,
      informationSharing: referral.informationSharing,
      warmHandoff: referral.warmHandoff,
      followUpOn: dayValue(followUpOn),
      createdById: actor.userId,
      idempotencyKey: referral.idempotencyKey ?? null,
      statusChanges: { create: { toStatus: "SUGGESTED", note: referral.firstNote, changedById: actor.userId } },
    },
    select: loggedReferral,
  });
  // Every referral is on record; an emergency's event says so, for whoever reviews the log.
  await recordAudit(tx, actor, {
    action: "referral.create",
    entityType: "Referral",
    entityId: created.id,
    details: {
      urgency: referral.urgency,
      category: referral.category,
      ...(referral.applicationId ? { applicationId: referral.applicationId } : {}),
    },
  });
  return created;
}

const memberNotFound = () => new AppError("NOT_FOUND", "We could not find that member", "memberId");

/**
 * The cohort a referral is made from. A facilitator refers only members of their own cohorts
 * (another cohort's member is answered like a missing one); by default the member's current
 * cohort among the referrer's, or the one they are applying to.
 */
async function referringCohort(tx: Tx, actor: Actor, memberId: string, cohortId: string | null | undefined) {
  const member = await tx.member.findFirst({
    where: { AND: [{ id: memberId }, visibleMembersWhere(actor)] },
    select: { id: true },
  });
  if (!member) throw memberNotFound();
  const theirs: Prisma.CohortWhereInput =
    actor.role === "FACILITATOR" ? { facilitators: { some: { userId: actor.userId } } } : {};
  const memberIn: Prisma.CohortWhereInput = {
    OR: [{ enrollments: { some: { memberId } } }, { applications: { some: { memberId } } }],
  };
  if (cohortId) {
    const cohort = await tx.cohort.findFirst({ where: { AND: [{ id: cohortId }, theirs, memberIn] }, select: { id: true } });
    if (!cohort) throw AppError.invalid("cohortId", "The member is not in that cohort, or it is not one you facilitate");
    return cohort.id;
  }
  const enrolled = await tx.enrollment.findFirst({
    where: { memberId, status: "ENROLLED", cohort: theirs },
    orderBy: { enrolledAt: "desc" },
    select: { cohortId: true },
  });
  if (enrolled) return enrolled.cohortId;
  const applying = await tx.application.findFirst({
    where: { memberId, cohortId: { not: null }, cohort: theirs },
    orderBy: { submittedAt: "desc" },
    select: { cohortId: true },
  });
  return applying?.cohortId ?? null;
}

/**
 * A facilitator (for a member of their cohorts) or an admin logs a referral. A submission sent
 * twice (same idempotency key) logs one: the unique index refuses the second insert, which then
 * answers the referral the first one logged, to the same person only.
 */
export async function logReferral(db: Db, actor: Actor, input: LogReferralInput) {
  if (actor.role === "STAFF") throw AppError.forbidden("Reporting staff do not log referrals");
  try {
    return await db.$transaction(async (tx) => {
      const cohortId = await referringCohort(tx, actor, input.memberId, input.cohortId);
      return createReferral(tx, actor, { ...input, cohortId, firstNote: "" });
    });
  } catch (error) {
    if (!input.idempotencyKey || !isUniqueViolation(error)) throw error;
    const first = await db.referral.findUnique({
      where: { idempotencyKey: input.idempotencyKey },
      select: { ...loggedReferral, createdById: true },
    });
    if (!first) throw error;
    if (first.createdById !== actor.userId) {
      throw AppError.conflict("This form was already sent by someone else; reload it and try again", "idempotencyKey");
    }
    return { id: first.id, status: first.status, urgency: first.urgency, followUpOn: first.followUpOn };
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
