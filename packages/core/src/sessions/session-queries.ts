import type { Db, Prisma } from "@circle/db";
import type { WeekInput } from "@circle/validators";
import { DateTime } from "luxon";
import { type AuthorizedCohort, visibleCohortsWhere } from "../access/cohort-access.ts";
import type { Actor } from "../actor.ts";
import { assertTimeZone } from "./schedule.ts";

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
  return db.session.findMany({
    where: { cohortId: cohort.id },
    select: {
      ...sessionRow,
      _count: { select: { attendance: true } },
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
  });
}

const sessionWithCohort = {
  ...sessionRow,
  cohort: {
    select: {
      id: true,
      name: true,
      timeZone: true,
      location: true,
      meetingUrl: true,
      program: { select: { id: true, name: true } },
      facilitators: { select: { role: true, user: { select: { id: true, name: true } } } },
    },
  },
} satisfies Prisma.SessionSelect;

/** Sessions from Monday to Sunday of the given week, across the cohorts the actor may see. */
export async function listWeekSessions(db: Db, actor: Actor, input: WeekInput) {
  if (input.timeZone) assertTimeZone(input.timeZone);
  const monday = DateTime.fromISO(input.weekOf, { zone: input.timeZone ?? "utc" }).startOf("week");
  const from = monday.toJSDate();
  const to = monday.plus({ weeks: 1 }).toJSDate();
  const sessions = await db.session.findMany({
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
    select: sessionWithCohort,
    orderBy: { startsAt: "asc" },
  });
  return { weekStart: from, weekEnd: to, sessions };
}

/**
 * For the home page: the actor's own sessions from `from` (the start of the viewer's today)
 * through the next seven days.
 */
export async function listMyUpcomingSessions(db: Db, actor: Actor, from: Date) {
  const weekAhead = DateTime.fromJSDate(from).plus({ days: 8 }).toJSDate();
  return db.session.findMany({
    where: {
      startsAt: { gte: from, lt: weekAhead },
      status: { not: "CANCELLED" },
      cohort: { status: { notIn: ["CANCELLED", "COMPLETED"] }, facilitators: { some: { userId: actor.userId } } },
    },
    select: sessionWithCohort,
    orderBy: { startsAt: "asc" },
  });
}
