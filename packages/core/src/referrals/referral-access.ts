import type { Db, Prisma } from "@circle/db";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { visibleMembersWhere } from "../members/member-access.ts";

/**
 * The referrals an actor may see, as a `where` clause: admins all; facilitators those of their
 * cohorts' members; staff none (they get counts, never a referral).
 */
export function visibleReferralsWhere(actor: Actor): Prisma.ReferralWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "FACILITATOR") return { member: visibleMembersWhere(actor) };
  return { id: { in: [] } };
}

export function assertMayReadReferrals(actor: Actor): void {
  if (actor.role === "STAFF") throw AppError.forbidden("Reporting staff see referral counts, not referrals");
}

/**
 * The answer to a referral id the actor may not reach: the same as for one that does not exist,
 * with the attempt on record when the referral does exist. Written outside any transaction so
 * the record survives the refusal.
 */
export async function referralNotFound(db: Db, actor: Actor, referralId: string, attempted: string): Promise<AppError> {
  const exists = await db.referral.count({ where: { id: referralId } });
  if (exists) {
    await recordAudit(db, actor, {
      action: "access.deny",
      entityType: "Referral",
      entityId: referralId,
      details: { attempted },
    });
  }
  return AppError.notFound("Referral");
}
