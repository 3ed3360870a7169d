import type { Db } from "@circle/db";
import type { MoveReferralInput } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { lockRow } from "../transactions/lock-rows.ts";
import { referralNotFound, visibleReferralsWhere } from "./referral-access.ts";
import { assertReferralStep, dayValue } from "./referral-status.ts";

/**
 * Moves a referral one step along its loop, by a named user with a note. The referral's row is
 * locked first, so two people recording steps at once see each other's step, never undo it.
 */
export async function moveReferral(db: Db, actor: Actor, input: MoveReferralInput) {
  if (actor.role === "STAFF") throw AppError.forbidden("Reporting staff do not follow referrals");
  const moved = await db.$transaction(async (tx) => {
    if (!(await lockRow(tx, "Referral", input.referralId))) return null;
    const referral = await tx.referral.findFirst({
      where: { AND: [{ id: input.referralId }, visibleReferralsWhere(actor)] },
      select: { id: true, status: true, sharesInformation: true, informationSharing: true },
    });
    if (!referral) return null;
    const agreed = input.informationSharing ?? referral.informationSharing;
    assertReferralStep(
      referral.status,
      { to: input.to, outcome: input.outcome, closeReason: input.closeReason },
      { sharesInformation: referral.sharesInformation, agreed },
    );
    const closing = input.to === "CLOSED";
    await tx.referral.update({
      where: { id: referral.id },
      data: {
        status: input.to,
        informationSharing: agreed,
        ...(closing
          ? { outcome: input.outcome, closeReason: input.closeReason ?? null, closedAt: new Date(), followUpOn: null }
          : input.followUpOn !== undefined
            ? { followUpOn: input.followUpOn ? dayValue(input.followUpOn) : null }
            : {}),
      },
    });
    await tx.referralStatusChange.create({
      data: {
        referralId: referral.id,
        fromStatus: referral.status,
        toStatus: input.to,
        note: input.note,
        changedById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "referral.move",
      entityType: "Referral",
      entityId: referral.id,
      details: { from: referral.status, to: input.to, ...(closing ? { outcome: input.outcome ?? null } : {}) },
    });
    return { referralId: referral.id, status: input.to };
  });
  if (!moved) throw await referralNotFound(db, actor, input.referralId, "move");
  return moved;
}
