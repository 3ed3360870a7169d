import type { Cohort, Db, Prisma, Session } from "@circle/db";
import { DateTime } from "luxon";
import type { AuthorizedSession } from "../access/cohort-access.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { isActiveCohort } from "../cohorts/cohort-status.ts";
import { AppError } from "../errors/app-error.ts";
import { lockCohortRow } from "../transactions/lock-rows.ts";
import { rollWaitlistAfterLock } from "../waitlist/waitlist.ts";
import { localDateOf, localDaysBetween, shiftByDays, shiftByWeeks, zonedInstant } from "./schedule.ts";

type Tx = Prisma.TransactionClient;

/**
 * Locks the session's row (its cohort's first: holding a session can start the cohort and move
 * its waitlist) and reads it again under the lock; refuses sessions of closed cohorts.
 */
export async function lockSession(tx: Tx, sessionId: string) {
  if (!(await lockCohortRow(tx, "Session", sessionId))) throw AppError.notFound("Session");
  const session = await tx.session.findUniqueOrThrow({
    where: { id: sessionId },
    include: { cohort: { select: { id: true, status: true, timeZone: true } } },
  });
  if (!isActiveCohort(session.cohort.status))
    throw AppError.invalid("sessionId", `This cohort is ${session.cohort.status.toLowerCase()}`);
  return session;
}

/** A session locked for a command, with what the commands check of its cohort. */
export type LockedSession = Pick<Session, "id" | "cohortId" | "number" | "startsAt" | "status"> & {
  cohort: Pick<Cohort, "id" | "status" | "timeZone">;
};

/**
 * lockSession for a session already held, for a command that changes nothing of its cohort (a
 * sheet's marks): the cohort's row is locked FOR SHARE, so saves of different sheets of one
 * cohort run side by side, while a command that changes the cohort (FOR UPDATE, taken first by
 * every one of them) still waits for them and they for it. The session's row is locked FOR
 * UPDATE as lockSession does. Holding is final (a held session is neither scheduled nor
 * cancelled again), so the caller never needs the stronger lock lockSession takes.
 */
export async function lockHeldSession(tx: Tx, proven: Pick<Session, "id" | "cohortId">): Promise<LockedSession> {
  await tx.$queryRaw`SELECT id FROM "Cohort" WHERE id = ${proven.cohortId}::uuid FOR SHARE`;
  const [row] = await tx.$queryRaw<(Omit<LockedSession, "cohort"> & { cohortStatus: Cohort["status"]; timeZone: string })[]>`
    SELECT s.id, s."cohortId", s.number, s."startsAt", s.status::text AS status, c.status::text AS "cohortStatus", c."timeZone"
    FROM "Session" s JOIN "Cohort" c ON c.id = s."cohortId" WHERE s.id = ${proven.id}::uuid FOR UPDATE OF s`;
  if (!row) throw AppError.notFound("Session");
  const { cohortStatus, timeZone, ...session } = row;
  if (!isActiveCohort(cohortStatus)) throw AppError.invalid("sessionId", `This cohort is ${cohortStatus.toLowerCase()}`);
  return { ...session, cohort: { id: session.cohortId, status: cohortStatus, timeZone } };
}

/**
 * Marks a session held (from its local day on). Holding the first session starts the cohort:
 * it becomes RUNNING, which also closes enrollment when the program says so.
 */
export async function markSessionHeld(db: Db, actor: Actor, proven: AuthorizedSession<"run">, now = new Date()) {
  return db.$transaction((tx) => holdSessionWithin(tx, actor, proven.id, now));
}

/** markSessionHeld inside the caller's transaction (recording attendance holds the session too). */
export async function holdSessionWithin(tx: Tx, actor: Actor, sessionId: string, now: Date) {
  const session = await lockSession(tx, sessionId);
  if (session.status !== "SCHEDULED")
    throw AppError.invalid("sessionId", `This session is already ${session.status.toLowerCase()}`);
  if (localDateOf(session.startsAt, session.cohort.timeZone) > localDateOf(now, session.cohort.timeZone)) {
    throw AppError.invalid("sessionId", "A session can be marked held from its day on, not before");
  }
  await tx.session.update({ where: { id: sessionId }, data: { status: "HELD", heldAt: now } });
  await tx.sessionChange.create({ data: { sessionId, kind: "HELD", changedById: actor.userId, changedAt: now } });
  if (
    session.cohort.status === "PLANNED" ||
    session.cohort.status === "OPEN_FOR_INTAKE" ||
    session.cohort.status === "POSTPONED"
  ) {
    await tx.cohort.update({ where: { id: session.cohortId }, data: { status: "RUNNING" } });
    await tx.cohortStatusChange.create({
      data: {
        cohortId: session.cohortId,
        fromStatus: session.cohort.status,
        toStatus: "RUNNING",
        reason: `Session ${session.number} held`,
        changedById: actor.userId,
        changedAt: now,
      },
    });
  }
  // The session that closes enrollment moves the waitlist on to the program's next cohort.
  const cohort = await tx.cohort.findUniqueOrThrow({ where: { id: session.cohortId }, select: { joinUntilSession: true } });
  const held = await tx.session.count({ where: { cohortId: session.cohortId, status: "HELD" } });
  const rolled = held === cohort.joinUntilSession ? await rollWaitlistAfterLock(tx, session.cohortId) : null;
  await recordAudit(tx, actor, { action: "session.hold", entityType: "Session", entityId: sessionId, at: now });
  return { sessionId, status: "HELD" as const, waitlistMoved: rolled };
}

/** Cancels a session with a reason; optionally adds a make-up session a week after the last one. */
export async function cancelSession(
  db: Db,
  actor: Actor,
  proven: AuthorizedSession<"run">,
  { reason, addMakeUp }: { reason: string; addMakeUp: boolean },
  now = new Date(),
) {
  const sessionId = proven.id;
  return db.$transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    if (session.status !== "SCHEDULED")
      throw AppError.invalid("sessionId", `This session is already ${session.status.toLowerCase()}`);
    await tx.session.update({ where: { id: sessionId }, data: { status: "CANCELLED", cancelReason: reason } });
    await tx.sessionChange.create({ data: { sessionId, kind: "CANCELLED", reason, changedById: actor.userId, changedAt: now } });
    let makeUpId: string | null = null;
    if (addMakeUp) {
      const last = await tx.session.findFirst({ where: { cohortId: session.cohortId }, orderBy: { startsAt: "desc" } });
      const maxNumber = await tx.session.aggregate({ where: { cohortId: session.cohortId }, _max: { number: true } });
      const startsAt = shiftByWeeks((last ?? session).startsAt, 1, session.cohort.timeZone);
      const makeUp = await tx.session.create({
        data: {
          cohortId: session.cohortId,
          number: (maxNumber._max.number ?? 0) + 1,
          moduleId: session.moduleId,
          startsAt,
          durationMinutes: session.durationMinutes,
          isMakeUp: true,
        },
      });
      await tx.sessionChange.create({
        data: {
          sessionId: makeUp.id,
          kind: "MAKE_UP_ADDED",
          toStartsAt: startsAt,
          reason: `Make-up for session ${session.number}`,
          changedById: actor.userId,
          changedAt: now,
        },
      });
      makeUpId = makeUp.id;
    }
    await recordAudit(tx, actor, {
      action: "session.cancel",
      entityType: "Session",
      entityId: sessionId,
      details: { makeUpId },
      at: now,
    });
    return { sessionId, makeUpId };
  });
}

/**
 * Moves one session to a new local date and time. With moveLaterSessions, every later scheduled
 * session moves by the same number of days; without, the session must stay between its
 * neighbours so the numbering keeps matching the order.
 */
export async function rescheduleSession(
  db: Db,
  actor: Actor,
  proven: AuthorizedSession<"run">,
  input: { date: string; time: string; moveLaterSessions: boolean; reason: string },
) {
  return db.$transaction(async (tx) => {
    const session = await lockSession(tx, proven.id);
    if (session.status !== "SCHEDULED") throw AppError.invalid("sessionId", "Only a scheduled session can be moved");
    const { timeZone } = session.cohort;
    const to = zonedInstant(input.date, input.time, timeZone).toUTC().toJSDate();
    if (to.getTime() === session.startsAt.getTime()) throw AppError.invalid("date", "Choose a different date or time");
    const siblings = await tx.session.findMany({
      where: { cohortId: session.cohortId, id: { not: session.id } },
      orderBy: { startsAt: "asc" },
    });
    const earlier = siblings.filter((s) => s.startsAt < session.startsAt);
    const later = siblings.filter((s) => s.startsAt > session.startsAt);
    const previous = earlier.at(-1);
    if (previous && to <= previous.startsAt)
      throw AppError.invalid("date", `Session ${previous.number} is on or after that time`);
    const next = later[0];
    if (!input.moveLaterSessions && next && to >= next.startsAt) {
      throw AppError.invalid("date", `Session ${next.number} comes first; choose an earlier date or move the later sessions too`);
    }

    const moves: { id: string; from: Date; to: Date }[] = [{ id: session.id, from: session.startsAt, to }];
    if (input.moveLaterSessions) {
      const days = localDaysBetween(session.startsAt, to, timeZone);
      for (const s of later.filter((l) => l.status === "SCHEDULED"))
        moves.push({ id: s.id, from: s.startsAt, to: shiftByDays(s.startsAt, days, timeZone) });
    }
    for (const move of moves) {
      await tx.session.update({ where: { id: move.id }, data: { startsAt: move.to } });
      await tx.sessionChange.create({
        data: {
          sessionId: move.id,
          kind: "RESCHEDULED",
          fromStartsAt: move.from,
          toStartsAt: move.to,
          reason: input.reason,
          changedById: actor.userId,
        },
      });
    }
    await recordAudit(tx, actor, {
      action: "session.reschedule",
      entityType: "Session",
      entityId: session.id,
      details: { moved: moves.length },
    });
    return {
      sessionId: session.id,
      moved: moves.length,
      startsAt: to,
      localTime: DateTime.fromJSDate(to, { zone: timeZone }).toISO(),
    };
  });
}
