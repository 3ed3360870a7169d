import type { Db, Prisma } from "@circle/db";
import type { EnrollmentStatus } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { consentStateFor } from "../consent/consent-records.ts";
import { AppError } from "../errors/app-error.ts";
import { idempotent } from "../transactions/idempotent.ts";
import { lockCohortRow, lockRow } from "../transactions/lock-rows.ts";
import { offerFreeSeats } from "../waitlist/waitlist.ts";
import { assertMayEnroll, type EnrollmentFacts } from "./enrollment-rules.ts";

type Tx = Prisma.TransactionClient;

interface EnrollRequest {
  cohortId: string;
  memberId: string;
  applicationId?: string;
  /** the waitlist offer being accepted: its seat is already held for this person */
  offerEntryId?: string;
}

/**
 * Enrolls inside the caller's transaction. The cohort row is locked first (SELECT … FOR UPDATE),
 * so two coordinators filling the last seat at the same moment cannot both succeed.
 */
export async function enrollWithin(tx: Tx, actor: Actor, request: EnrollRequest, now = new Date()) {
  if (!(await lockRow(tx, "Cohort", request.cohortId))) throw AppError.invalid("cohortId", "That cohort does not exist");
  const cohort = await tx.cohort.findUniqueOrThrow({
    where: { id: request.cohortId },
    include: {
      program: { select: { id: true, consentDocumentId: true } },
      sessions: { select: { startsAt: true, status: true }, orderBy: { startsAt: "asc" } },
    },
  });
  const member = await tx.member.findUnique({
    where: { id: request.memberId },
    select: { firstName: true, lastName: true, preferredName: true },
  });
  if (!member) throw AppError.invalid("memberId", "That member does not exist");
  const application = request.applicationId
    ? await tx.application.findUnique({ where: { id: request.applicationId }, select: { memberId: true, status: true } })
    : null;
  const unacknowledged = await tx.application.count({
    where: {
      memberId: request.memberId,
      programId: cohort.programId,
      riskFlagged: true,
      riskAcknowledgedAt: null,
      status: { notIn: ["DECLINED", "REFERRED_ELSEWHERE", "WITHDRAWN"] },
    },
  });

  const [enrolled, heldForOffers, existing, overlapping] = await Promise.all([
    tx.enrollment.count({ where: { cohortId: cohort.id, status: "ENROLLED" } }),
    tx.waitlistEntry.count({
      where: {
        cohortId: cohort.id,
        status: "OFFERED",
        offerExpiresAt: { gte: now },
        // a seat held for this very person is theirs to take
        memberId: { not: request.memberId },
      },
    }),
    tx.enrollment.findUnique({ where: { cohortId_memberId: { cohortId: cohort.id, memberId: request.memberId } } }),
    overlappingEnrollment(tx, cohort, request.memberId),
  ]);
  const consent = cohort.program.consentDocumentId
    ? await consentStateFor(tx, request.memberId, cohort.program.consentDocumentId)
    : ({ current: false, message: "cannot consent yet: this program has no consent document chosen" } as const);

  const facts: EnrollmentFacts = {
    memberName: `${member.preferredName ?? member.firstName} ${member.lastName}`,
    cohortName: cohort.name,
    cohortStatus: cohort.status,
    heldSessions: cohort.sessions.filter((s) => s.status === "HELD").length,
    joinUntilSession: cohort.joinUntilSession,
    capacity: cohort.capacity,
    enrolled,
    heldForOffers,
    alreadyEnrolled: existing?.status === "ENROLLED",
    consent,
    overlappingCohort: overlapping,
    application: !request.applicationId
      ? "none"
      : application?.memberId !== request.memberId
        ? "not-theirs"
        : application.status !== "ACCEPTED"
          ? "not-accepted"
          : "accepted",
    unacknowledgedRisk: unacknowledged > 0,
  };
  assertMayEnroll(facts);

  const data = {
    status: "ENROLLED" as const,
    enrolledAt: now,
    endedOn: null,
    endReason: null,
    applicationId: request.applicationId ?? null,
  };
  const enrollment = existing
    ? await tx.enrollment.update({ where: { id: existing.id }, data })
    : await tx.enrollment.create({ data: { cohortId: cohort.id, memberId: request.memberId, ...data } });
  await tx.enrollmentStatusChange.create({
    data: {
      enrollmentId: enrollment.id,
      fromStatus: existing?.status ?? null,
      toStatus: "ENROLLED",
      effectiveOn: new Date(now.toISOString().slice(0, 10)),
      reason: request.offerEntryId ? "Accepted a waitlist offer" : existing ? "Re-enrolled" : "Enrolled",
      changedById: actor.userId,
      changedAt: now,
    },
  });
  // Once enrolled, their place on this cohort's waitlist (and any seat held for them) is spent.
  await tx.waitlistEntry.updateMany({
    where: { memberId: request.memberId, cohortId: cohort.id, status: { in: ["WAITING", "OFFERED"] } },
    data: { status: "ACCEPTED", respondedAt: now },
  });
  await recordAudit(tx, actor, {
    action: "enrollment.enroll",
    entityType: "Enrollment",
    entityId: enrollment.id,
    details: { cohortId: cohort.id },
    at: now,
  });
  return enrollment;
}

/** The member's enrollment in another live cohort of the same program whose dates overlap. */
async function overlappingEnrollment(
  tx: Tx,
  cohort: { id: string; programId: string; sessions: { startsAt: Date }[] },
  memberId: string,
): Promise<string | null> {
  const first = cohort.sessions[0]?.startsAt;
  const last = cohort.sessions.at(-1)?.startsAt;
  if (!first || !last) return null;
  const others = await tx.enrollment.findMany({
    where: {
      memberId,
      status: "ENROLLED",
      cohort: { programId: cohort.programId, id: { not: cohort.id }, status: { notIn: ["COMPLETED", "CANCELLED"] } },
    },
    select: { cohort: { select: { name: true, sessions: { select: { startsAt: true }, orderBy: { startsAt: "asc" } } } } },
  });
  for (const other of others) {
    const start = other.cohort.sessions[0]?.startsAt;
    const end = other.cohort.sessions.at(-1)?.startsAt;
    if (start && end && start <= last && end >= first) return other.cohort.name;
  }
  return null;
}

/** An enrollment by an admin; under one idempotency key a form sent twice enrolls once and answers alike. */
export async function enrollMember(
  db: Db,
  actor: Actor,
  request: Omit<EnrollRequest, "offerEntryId"> & { idempotencyKey?: string },
  now = new Date(),
) {
  const { idempotencyKey, ...enrollment } = request;
  return db.$transaction((tx) =>
    idempotent(tx, actor, "enrollment.enroll", request, () => enrollWithin(tx, actor, enrollment, now)),
  );
}

const ENDINGS: Record<Exclude<EnrollmentStatus, "ENROLLED">, string> = {
  COMPLETED: "completed",
  WITHDREW: "withdrew",
  DROPPED: "dropped",
  NOT_COMPLETED: "did not complete",
};

/**
 * Ends an enrollment (completed, withdrew, dropped) with a date and reason. A seat freed before
 * the lock is offered to the next person on the waitlist, in the same transaction.
 */
export async function endEnrollment(
  db: Db,
  actor: Actor,
  input: { enrollmentId: string; to: Exclude<EnrollmentStatus, "ENROLLED">; effectiveOn: string; reason: string },
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    // Its status is read only once the cohort and the enrollment are locked: of two ends at once,
    // the second finds the enrollment ended.
    if (!(await lockCohortRow(tx, "Enrollment", input.enrollmentId))) throw AppError.notFound("Enrollment");
    const enrollment = await tx.enrollment.findUniqueOrThrow({
      where: { id: input.enrollmentId },
      select: { id: true, cohortId: true, status: true },
    });
    if (enrollment.status !== "ENROLLED")
      throw AppError.conflict(`This enrollment already ended (${ENDINGS[enrollment.status]})`, "to");
    const effectiveOn = new Date(`${input.effectiveOn}T00:00:00Z`);
    await tx.enrollment.update({
      where: { id: enrollment.id },
      data: { status: input.to, endedOn: effectiveOn, endReason: input.reason },
    });
    await tx.enrollmentStatusChange.create({
      data: {
        enrollmentId: enrollment.id,
        fromStatus: "ENROLLED",
        toStatus: input.to,
        effectiveOn,
        reason: input.reason,
        changedById: actor.userId,
        changedAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: "enrollment.end",
      entityType: "Enrollment",
      entityId: enrollment.id,
      details: { to: input.to },
      at: now,
    });
    const offered = input.to === "COMPLETED" ? [] : await offerFreeSeats(tx, enrollment.cohortId, now);
    return { enrollmentId: enrollment.id, status: input.to, offeredTo: offered.length };
  });
}
