import type { Db, Prisma } from "@circle/db";
import type { RemoveFromWaitlistInput } from "@circle/validators";
import type { AuthorizedCohort } from "../access/cohort-access.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { isEnrollmentLocked } from "../enrollment/enrollment-rules.ts";
import { AppError } from "../errors/app-error.ts";
import { readSetting } from "../settings/settings.ts";
import { lockCohortRow, lockRow } from "../transactions/lock-rows.ts";

type Tx = Prisma.TransactionClient;

/**
 * Puts a person at the end of a cohort's waitlist (or the program's, when no cohort is chosen).
 * A cohort past its enrollment lock has a waitlist that never moves, so the person waits for
 * the program's next cohort that has not started instead (or the program's own waitlist), and
 * `movedTo` says where.
 */
export async function addToWaitlist(
  tx: Tx,
  request: { programId: string; cohortId: string | null; memberId: string; applicationId?: string },
  now = new Date(),
) {
  const closed = request.cohortId ? await closedCohort(tx, request.cohortId) : null;
  const next = closed ? await nextOpenCohort(tx, request.programId, closed) : null;
  const entry = closed ? { ...request, cohortId: next?.id ?? null, note: `Enrollment in ${closed.name} had closed` } : request;
  const placed = await placeOnWaitlist(tx, entry, now);
  if (next) await offerFreeSeats(tx, next.id, now);
  return { entry: placed, movedTo: closed ? { cohortId: next?.id ?? null, name: next?.name ?? "the program waitlist" } : null };
}

async function placeOnWaitlist(
  tx: Tx,
  entry: { programId: string; cohortId: string | null; memberId: string; applicationId?: string; note?: string },
  now: Date,
) {
  // The end of the line is read under the lock of the line's owner: two people added at once
  // get the next two places, not the same one.
  await (entry.cohortId ? lockRow(tx, "Cohort", entry.cohortId) : lockRow(tx, "Program", entry.programId));
  const already = await tx.waitlistEntry.findFirst({
    where: {
      memberId: entry.memberId,
      programId: entry.programId,
      cohortId: entry.cohortId,
      status: { in: ["WAITING", "OFFERED"] },
    },
  });
  if (already) return already;
  const last = await tx.waitlistEntry.aggregate({
    where: { programId: entry.programId, cohortId: entry.cohortId },
    _max: { position: true },
  });
  return tx.waitlistEntry.create({ data: { ...entry, position: (last._max.position ?? 0) + 1, createdAt: now } });
}

/** Offers past their expiry become EXPIRED; done lazily whenever a waitlist is read or moved. */
export async function expireOffers(tx: Tx | Db, cohortId: string, now = new Date()): Promise<number> {
  const { count } = await tx.waitlistEntry.updateMany({
    where: { cohortId, status: "OFFERED", offerExpiresAt: { lt: now } },
    data: { status: "EXPIRED", respondedAt: now },
  });
  return count;
}

/**
 * Offers each free seat to the next person waiting, in order, with an expiry. A seat is free
 * when enrolled members plus outstanding offers are under capacity, and only before the lock.
 */
export async function offerFreeSeats(tx: Tx, cohortId: string, now = new Date()) {
  await expireOffers(tx, cohortId, now);
  const cohort = await tx.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: {
      capacity: true,
      joinUntilSession: true,
      status: true,
      _count: { select: { enrollments: { where: { status: "ENROLLED" } }, sessions: { where: { status: "HELD" } } } },
    },
  });
  if (enrollmentClosed(cohort)) return [];
  const outstanding = await tx.waitlistEntry.count({ where: { cohortId, status: "OFFERED" } });
  const free = cohort.capacity - cohort._count.enrollments - outstanding;
  if (free <= 0) return [];
  const next = await tx.waitlistEntry.findMany({
    where: { cohortId, status: "WAITING" },
    orderBy: { position: "asc" },
    take: free,
  });
  const days = await readSetting(tx, "waitlistOfferDays");
  const offerExpiresAt = new Date(now.getTime() + days * 86_400_000);
  for (const entry of next) {
    await tx.waitlistEntry.update({ where: { id: entry.id }, data: { status: "OFFERED", offeredAt: now, offerExpiresAt } });
  }
  return next.map((e) => e.id);
}

/**
 * Once a cohort is locked, its waitlist moves to the program's next cohort that has not started
 * (or to the program's own waitlist when there is none), keeping everyone's order.
 */
export async function rollWaitlistAfterLock(tx: Tx, cohortId: string) {
  const cohort = await tx.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: { programId: true, startDate: true, name: true },
  });
  const waiting = await tx.waitlistEntry.findMany({
    where: { cohortId, status: { in: ["WAITING", "OFFERED"] } },
    orderBy: { position: "asc" },
  });
  if (waiting.length === 0) return null;
  const next = await nextOpenCohort(tx, cohort.programId, { id: cohortId, startDate: cohort.startDate });
  const target = next?.id ?? null;
  // The next cohort's seats are counted and offered below: lock it as an enrollment there would.
  // (Only a later cohort is ever locked second, so two rolls cannot wait for each other.)
  if (target) await lockRow(tx, "Cohort", target);
  const last = await tx.waitlistEntry.aggregate({
    where: { programId: cohort.programId, cohortId: target },
    _max: { position: true },
  });
  let position = last._max.position ?? 0;
  for (const entry of waiting) {
    position += 1;
    await tx.waitlistEntry.update({
      where: { id: entry.id },
      data: {
        cohortId: target,
        position,
        status: "WAITING",
        offeredAt: null,
        offerExpiresAt: null,
        note: `${entry.note ? `${entry.note}\n` : ""}Moved from ${cohort.name} when its enrollment closed`,
      },
    });
  }
  if (target) await offerFreeSeats(tx, target);
  return { movedTo: next?.name ?? "the program waitlist", count: waiting.length };
}

/** The cohort, when its enrollment has closed: past its lock, or completed or cancelled. */
async function closedCohort(tx: Tx, cohortId: string) {
  const cohort = await tx.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: {
      id: true,
      name: true,
      startDate: true,
      status: true,
      joinUntilSession: true,
      _count: { select: { sessions: { where: { status: "HELD" } } } },
    },
  });
  return enrollmentClosed(cohort) ? cohort : null;
}

/** No one joins a cohort that is over, or past its enrollment lock: its waitlist would never move. */
function enrollmentClosed(cohort: { status: string; joinUntilSession: number; _count: { sessions: number } }): boolean {
  if (cohort.status === "COMPLETED" || cohort.status === "CANCELLED") return true;
  return isEnrollmentLocked({ heldSessions: cohort._count.sessions, joinUntilSession: cohort.joinUntilSession });
}

/** The program's next cohort that has not started, from the given cohort's start on. */
function nextOpenCohort(tx: Tx, programId: string, after: { id: string; startDate: Date }) {
  return tx.cohort.findFirst({
    where: {
      programId,
      id: { not: after.id },
      status: { in: ["PLANNED", "OPEN_FOR_INTAKE"] },
      startDate: { gte: after.startDate },
    },
    orderBy: { startDate: "asc" },
    select: { id: true, name: true },
  });
}

/** Who waits for this cohort, in order (its facilitators and admins). */
export async function listCohortWaitlist(db: Db, cohort: AuthorizedCohort<"run">) {
  const cohortId = cohort.id;
  // An offer that ran out frees its seat: pass it on to the next person, as a decline does.
  await db.$transaction(async (tx) => {
    if ((await expireOffers(tx, cohortId)) === 0) return;
    await lockRow(tx, "Cohort", cohortId);
    await offerFreeSeats(tx, cohortId);
  });
  return db.waitlistEntry.findMany({
    where: { cohortId, status: { in: ["WAITING", "OFFERED"] } },
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      status: true,
      offeredAt: true,
      offerExpiresAt: true,
      note: true,
      createdAt: true,
      member: { select: { id: true, firstName: true, lastName: true, preferredName: true } },
      applicationId: true,
    },
  });
}

export async function removeFromWaitlist(db: Db, actor: Actor, { entryId, reason }: RemoveFromWaitlistInput) {
  return db.$transaction(async (tx) => {
    // Locked (its cohort first) before it is read, like an answer to its offer.
    if (!(await lockCohortRow(tx, "WaitlistEntry", entryId))) throw AppError.notFound("Waitlist entry");
    const entry = await tx.waitlistEntry.findUniqueOrThrow({ where: { id: entryId } });
    if (entry.status !== "WAITING" && entry.status !== "OFFERED")
      throw AppError.conflict("This person is no longer waiting", "entryId");
    await tx.waitlistEntry.update({ where: { id: entryId }, data: { status: "REMOVED", respondedAt: new Date(), note: reason } });
    await recordAudit(tx, actor, {
      action: "waitlist.remove",
      entityType: "WaitlistEntry",
      entityId: entryId,
      details: { reason },
    });
    if (entry.cohortId && entry.status === "OFFERED") await offerFreeSeats(tx, entry.cohortId);
    return { id: entryId };
  });
}
