import type { Db } from "@circle/db";
import type { RespondToOfferInput } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { enrollWithin } from "../enrollment/enroll.ts";
import { AppError } from "../errors/app-error.ts";
import { lockCohortRow } from "../transactions/lock-rows.ts";
import { offerFreeSeats } from "./waitlist.ts";

/** The person offered a seat accepts (and is enrolled, under every rule) or declines (next in line is offered). */
export async function respondToOffer(db: Db, actor: Actor, { entryId, accept }: RespondToOfferInput) {
  const outcome = await db.$transaction(async (tx) => {
    // An accept and a decline of one offer at once: the cohort and the entry are locked before
    // the entry is read, so the second finds the offer already answered.
    const locked = await lockCohortRow(tx, "WaitlistEntry", entryId);
    const entry = locked?.cohortId ? await tx.waitlistEntry.findUnique({ where: { id: entryId } }) : null;
    if (!entry?.cohortId) throw AppError.notFound("Waitlist offer");
    if (entry.status !== "OFFERED") throw AppError.conflict("There is no open offer for this person", "entryId");
    if (entry.offerExpiresAt && entry.offerExpiresAt < new Date()) {
      await tx.waitlistEntry.update({ where: { id: entryId }, data: { status: "EXPIRED", respondedAt: new Date() } });
      await offerFreeSeats(tx, entry.cohortId);
      return "expired" as const;
    }
    if (accept) {
      // enrollWithin refuses an unacknowledged risk flag, for an offer as for any enrollment
      // enrolling spends the person's waitlist place: the entry becomes ACCEPTED there
      await enrollWithin(tx, actor, { cohortId: entry.cohortId, memberId: entry.memberId, offerEntryId: entry.id });
      if (entry.applicationId) {
        await tx.application.updateMany({
          where: { id: entry.applicationId, status: "WAITLISTED" },
          data: { status: "ACCEPTED", decidedAt: new Date() },
        });
        await tx.applicationStatusChange.create({
          data: {
            applicationId: entry.applicationId,
            fromStatus: "WAITLISTED",
            toStatus: "ACCEPTED",
            reason: "Accepted a waitlist offer",
            changedById: actor.userId,
          },
        });
      }
    } else {
      await tx.waitlistEntry.update({ where: { id: entryId }, data: { status: "DECLINED", respondedAt: new Date() } });
      await offerFreeSeats(tx, entry.cohortId);
    }
    await recordAudit(tx, actor, {
      action: accept ? "waitlist.accept_offer" : "waitlist.decline_offer",
      entityType: "WaitlistEntry",
      entityId: entryId,
    });
    return { entryId, accepted: accept };
  });
  // Refused only after the expiry and the next offer are saved, so the seat does move on.
  if (outcome === "expired")
    throw AppError.invalid("entryId", "This offer has expired; the seat goes to the next person waiting");
  return outcome;
}
