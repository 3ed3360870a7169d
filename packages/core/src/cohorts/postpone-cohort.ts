import type { Db } from "@circle/db";
import type { PostponeCohortInput } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { localDateOf, shiftByWeeks } from "../sessions/schedule.ts";
import { lockRow } from "../transactions/lock-rows.ts";
import { assertCohortTransition } from "./cohort-status.ts";

/**
 * Postpones a cohort that has not started: every session, scheduled or cancelled, moves by the
 * same number of weeks (same local time, across daylight-saving changes), the start date with them, and the
 * status becomes POSTPONED — all in one transaction, with history.
 */
export async function postponeCohort(db: Db, actor: Actor, { cohortId, weeks, reason }: PostponeCohortInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    if (!(await lockRow(tx, "Cohort", cohortId))) throw AppError.notFound("Cohort");
    const locked = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { status: true, timeZone: true } });
    if (locked.status !== "POSTPONED") assertCohortTransition(locked.status, "POSTPONED");
    // cancelled sessions move too, so the sequence stays in date order (session 3 never falls
    // before session 2); a cohort that has not started has held none
    const sessions = await tx.session.findMany({
      where: { cohortId, status: { in: ["SCHEDULED", "CANCELLED"] } },
      orderBy: { number: "desc" },
    });
    for (const session of sessions) {
      const to = shiftByWeeks(session.startsAt, weeks, locked.timeZone);
      await tx.session.update({ where: { id: session.id }, data: { startsAt: to } });
      await tx.sessionChange.create({
        data: {
          sessionId: session.id,
          kind: "POSTPONED",
          fromStartsAt: session.startsAt,
          toStartsAt: to,
          reason,
          changedById: actor.userId,
          changedAt: now,
        },
      });
    }
    const first = sessions.findLast((session) => session.status === "SCHEDULED");
    await tx.cohort.update({
      where: { id: cohortId },
      data: {
        status: "POSTPONED",
        goConfirmedAt: null,
        ...(first
          ? {
              startDate: new Date(
                `${localDateOf(shiftByWeeks(first.startsAt, weeks, locked.timeZone), locked.timeZone)}T00:00:00Z`,
              ),
            }
          : {}),
      },
    });
    await tx.cohortStatusChange.create({
      data: {
        cohortId,
        fromStatus: locked.status,
        toStatus: "POSTPONED",
        reason: `${reason} (moved ${weeks} week${weeks === 1 ? "" : "s"})`,
        changedById: actor.userId,
        changedAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: "cohort.postpone",
      entityType: "Cohort",
      entityId: cohortId,
      details: { weeks },
      at: now,
    });
    return { cohortId, movedSessions: sessions.length };
  });
}
