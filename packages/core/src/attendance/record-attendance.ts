import { type Db, Prisma } from "@circle/db";
import type { RecordAttendanceInput } from "@circle/validators";
import type { AuthorizedSession } from "../access/cohort-access.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { localDateOf } from "../sessions/schedule.ts";
import { holdSessionWithin, type LockedSession, lockHeldSession, lockSession } from "../sessions/session-commands.ts";
import { idempotent } from "../transactions/idempotent.ts";
import { membershipOf } from "./cohort-facts.ts";
import { isOnRoster } from "./progress.ts";

type Tx = Prisma.TransactionClient;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface AttendanceSaved {
  sessionId: string;
  created: number;
  corrected: number;
  unchanged: number;
  sessionStatus: "SCHEDULED" | "HELD";
}

/**
 * Saves one attendance sheet as one batch: every mark or none. The session's row is locked
 * first, so saves of the same sheet (a double tap, a retry, two co-facilitators) run one after
 * the other and each compares with what the one before stored: the same marks change nothing,
 * a different mark is the last writer's with a correction row for the change. Holding the
 * first marks holds the session (and starts the cohort) through the session command. A save
 * sent again under its idempotency key (a retry) is answered with the first save's result and
 * changes nothing, so it never undoes a co-facilitator's correction made in between.
 */
export async function recordAttendance(
  db: Db,
  actor: Actor,
  proven: AuthorizedSession<"run">,
  input: RecordAttendanceInput,
  now = new Date(),
) {
  // Saves of one sheet queue on its lock: give a queue of retries time to get through.
  return db.$transaction(
    (tx) => idempotent(tx, actor, "attendance.record", input, () => recordAttendanceWithin(tx, actor, proven, input, now)),
    { maxWait: 10_000, timeout: 20_000 },
  );
}

async function recordAttendanceWithin(
  tx: Tx,
  actor: Actor,
  proven: AuthorizedSession<"run">,
  input: RecordAttendanceInput,
  now: Date,
): Promise<AttendanceSaved> {
  // A held sheet's saves change only marks, so they share the cohort's lock (held is final); a
  // save that may hold the session takes it whole, as holding does.
  const session: LockedSession = proven.status === "HELD" ? await lockHeldSession(tx, proven) : await lockSession(tx, proven.id);
  const { timeZone } = session.cohort;
  const date = localDateOf(session.startsAt, timeZone);
  if (session.status === "CANCELLED")
    throw AppError.invalid("sessionId", `Session ${session.number} was cancelled: there is no attendance to take`);
  if (session.startsAt.getTime() - now.getTime() > DAY_MS)
    throw AppError.invalid("sessionId", `Session ${session.number} is on ${date}: attendance opens a day before at the earliest`);

  // Each marked member's enrollment with their stored mark on this sheet, in one query.
  const enrollments = await tx.enrollment.findMany({
    where: { cohortId: session.cohortId, memberId: { in: input.marks.map((m) => m.memberId) } },
    select: {
      memberId: true,
      enrolledAt: true,
      endedOn: true,
      member: {
        select: {
          firstName: true,
          lastName: true,
          preferredName: true,
          attendance: { where: { sessionId: session.id }, select: { id: true, status: true, note: true } },
        },
      },
    },
  });
  const enrollmentOf = new Map(enrollments.map((e) => [e.memberId, e]));
  input.marks.forEach((mark, index) => {
    const enrollment = enrollmentOf.get(mark.memberId);
    // Someone outside the cohort is not named: the sheet's user has no business knowing them.
    if (!enrollment) throw AppError.invalid(`marks.${index}.memberId`, "This person is not enrolled in this cohort");
    const membership = membershipOf(enrollment, timeZone);
    if (!isOnRoster(membership, date)) {
      const name = `${enrollment.member.preferredName || enrollment.member.firstName} ${enrollment.member.lastName}`;
      const why = membership.from > date ? `joined on ${membership.from}` : `left on ${membership.until}`;
      throw AppError.invalid(`marks.${index}.memberId`, `${name} was not enrolled on ${date} (${why})`);
    }
  });

  const storedOf = (memberId: string) => enrollmentOf.get(memberId)?.member.attendance[0];
  const fresh = input.marks.filter((m) => !storedOf(m.memberId));
  const changed = input.marks.flatMap((mark) => {
    const record = storedOf(mark.memberId);
    return record && (record.status !== mark.status || (record.note ?? null) !== mark.note) ? [{ mark, record }] : [];
  });
  if (changed.length > 0 && now.getTime() - session.startsAt.getTime() > DAY_MS && !input.reason)
    throw AppError.invalid("reason", "Say why you are changing attendance recorded more than a day after the session");

  if (fresh.length > 0) {
    await tx.attendanceRecord.createMany({
      data: fresh.map((m) => ({
        sessionId: session.id,
        memberId: m.memberId,
        status: m.status,
        note: m.note,
        recordedById: actor.userId,
        recordedAt: now,
      })),
    });
  }
  if (changed.length > 0) {
    // Every changed mark in one statement, however many were corrected.
    await tx.$executeRaw`
      UPDATE "AttendanceRecord" a SET status = m.status, note = m.note, "updatedAt" = ${now}
      FROM (VALUES ${Prisma.join(
        changed.map(
          ({ mark, record }) => Prisma.sql`(${record.id}::uuid, ${mark.status}::"AttendanceStatus", ${mark.note}::text)`,
        ),
      )}) AS m(id, status, note)
      WHERE a.id = m.id`;
    await tx.attendanceCorrection.createMany({
      data: changed.map(({ mark, record }) => ({
        attendanceRecordId: record.id,
        fromStatus: record.status,
        toStatus: mark.status,
        fromNote: record.note,
        toNote: mark.note,
        reason: input.reason,
        changedById: actor.userId,
        changedAt: now,
      })),
    });
  }

  // Attendance means the session took place; before its local day it stays scheduled.
  let sessionStatus: AttendanceSaved["sessionStatus"] = session.status === "HELD" ? "HELD" : "SCHEDULED";
  if (session.status === "SCHEDULED" && date <= localDateOf(now, timeZone)) {
    await holdSessionWithin(tx, actor, session.id, now);
    sessionStatus = "HELD";
  }
  await recordAudit(tx, actor, {
    action: "attendance.record",
    entityType: "Session",
    entityId: session.id,
    details: { created: fresh.length, corrected: changed.length },
    at: now,
  });
  return {
    sessionId: session.id,
    created: fresh.length,
    corrected: changed.length,
    unchanged: input.marks.length - fresh.length - changed.length,
    sessionStatus,
  };
}
