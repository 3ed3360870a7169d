import type { Db, Prisma } from "@circle/db";
import type { WeekInput } from "@circle/validators";
import { DateTime } from "luxon";
import { type AuthorizedCohort, visibleCohortsWhere } from "../access/cohort-access.ts";
import type { Actor } from "../actor.ts";
import { countsBy } from "../counts.ts";
import { assertTimeZone } from "./schedule.ts";
import { sessionsWithCohort } from "./session-rows.ts";

const sessionRow = {
  id: true,
  number: true,
  startsAt: true,
  durationMinutes: true,
  status: true,
  heldAt: true,
  cancelReason: true,
  isMakeUp: true,
  module: { select: { id: true, title: true, position: true } },
} satisfies Prisma.SessionSelect;

export async function listCohortSessions(db: Db, cohort: AuthorizedCohort) {
  const cohortId = cohort.id;
  const [sessions, marks] = await Promise.all([
    db.session.findMany({
      where: { cohortId },
      select: {
        ...sessionRow,
        changes: {
          orderBy: { changedAt: "desc" },
          select: {
            kind: true,
            fromStartsAt: true,
            toStartsAt: true,
            reason: true,
            changedAt: true,
            changedBy: { select: { name: true } },
          },
        },
      },
      orderBy: [{ startsAt: "asc" }, { number: "asc" }],
    }),
    db.attendanceRecord.groupBy({ by: ["sessionId"], where: { session: { cohortId } }, _count: { _all: true } }),
  ]);
  const marked = countsBy(marks, (m) => m.sessionId);
  return sessions.map((session) => ({ ...session, _count: { attendance: marked(session.id) } }));
}

/**
 * The most sessions a week shows. At ten times the benchmark's large organisation (5,000 cohorts)
 * a week holds 666 sessions: 53 ms of CPU per request, and a grid nobody can read. Past this the
 * week shows the first ones in time order and says so, and its filters narrow it down.
 */
export const WEEK_SESSION_LIMIT = 150;

/** Sessions from Monday to Sunday of the given week, across the cohorts the actor may see. */
export async function listWeekSessions(db: Db, actor: Actor, input: WeekInput) {
  if (input.timeZone) assertTimeZone(input.timeZone);
  const monday = DateTime.fromISO(input.weekOf, { zone: input.timeZone ?? "utc" }).startOf("week");
  const from = monday.toJSDate();
  const to = monday.plus({ weeks: 1 }).toJSDate();
  const chosen = await db.session.findMany({
    where: {
      startsAt: { gte: from, lt: to },
      cohort: {
        AND: [
          visibleCohortsWhere(actor),
          { status: { not: "CANCELLED" } },
          input.facilitatorId ? { facilitators: { some: { userId: input.facilitatorId } } } : {},
          input.programId ? { programId: input.programId } : {},
          input.location ? { location: { contains: input.location, mode: "insensitive" } } : {},
        ],
      },
    },
    select: { id: true },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: WEEK_SESSION_LIMIT + 1,
  });
  return {
    weekStart: from,
    weekEnd: to,
    sessions: await sessionsWithCohort(db, chosen.slice(0, WEEK_SESSION_LIMIT)),
    /** more sessions than WEEK_SESSION_LIMIT this week: the rest are not shown */
    limited: chosen.length > WEEK_SESSION_LIMIT,
  };
}

/**
 * For the home page: the actor's own sessions from `from` (the start of the viewer's today)
 * through the next seven days.
 */
export async function listMyUpcomingSessions(db: Db, actor: Actor, from: Date) {
  const weekAhead = DateTime.fromJSDate(from).plus({ days: 8 }).toJSDate();
  const chosen = await db.session.findMany({
    where: {
      startsAt: { gte: from, lt: weekAhead },
      status: { not: "CANCELLED" },
      cohort: { status: { notIn: ["CANCELLED", "COMPLETED"] }, facilitators: { some: { userId: actor.userId } } },
    },
    select: { id: true },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return sessionsWithCohort(db, chosen);
}
