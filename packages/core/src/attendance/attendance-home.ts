import type { Db, Prisma } from "@circle/db";
import { DateTime } from "luxon";
import type { Actor } from "../actor.ts";
import { readSetting } from "../settings/settings.ts";
import { loadCohortFacts } from "./cohort-facts.ts";
import { followUpsOf } from "./follow-ups.ts";
import { cohortProgress } from "./progress.ts";

const sessionSummary = {
  id: true,
  number: true,
  startsAt: true,
  status: true,
  module: { select: { title: true } },
  cohort: { select: { id: true, name: true, timeZone: true } },
  attendance: { select: { recordedBy: { select: { id: true, name: true } } } },
} satisfies Prisma.SessionSelect;

function withAttendanceState<T extends { attendance: { recordedBy: { id: string; name: string } | null }[] }>(session: T) {
  const { attendance, ...rest } = session;
  const takenBy = [...new Map(attendance.flatMap((a) => (a.recordedBy ? [[a.recordedBy.id, a.recordedBy.name]] : []))).values()];
  return { ...rest, marked: attendance.length, takenBy };
}

/**
 * The facilitator's attendance at a glance: today's sessions and whether attendance is taken
 * (and by whom), sessions of the past seven days still not taken, the follow-up list and each
 * running cohort's rate. `from` is the start of the viewer's today.
 */
export async function getAttendanceHome(db: Db, actor: Actor, from: Date) {
  const start = DateTime.fromJSDate(from);
  const mine: Prisma.CohortWhereInput = {
    status: { notIn: ["CANCELLED", "COMPLETED"] },
    facilitators: { some: { userId: actor.userId } },
  };
  // Today's and the past week's sessions in one read, told apart here: a week of the actor's own
  // sessions is a handful, and every statement costs the server more than these few rows.
  const [recent, running, setting] = await Promise.all([
    db.session.findMany({
      where: {
        startsAt: { gte: start.minus({ days: 7 }).toJSDate(), lt: start.plus({ days: 1 }).toJSDate() },
        status: { not: "CANCELLED" },
        cohort: mine,
      },
      select: sessionSummary,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    }),
    db.cohort.findMany({ where: { ...mine, status: "RUNNING" }, select: { id: true } }),
    readSetting(db, "followUpAfterAbsences"),
  ]);
  const cohorts = await loadCohortFacts(
    db,
    running.map((c) => c.id),
  );
  const sessions = recent.map(withAttendanceState);
  return {
    today: sessions.filter((s) => s.startsAt >= from),
    notTaken: sessions.filter((s) => s.startsAt < from && s.marked === 0),
    followUps: followUpsOf(cohorts, setting),
    cohortRates: cohorts.map((cohort) => {
      const progress = cohortProgress(cohort.sessions, cohort.members, cohort.completionPercent);
      return {
        cohortId: cohort.id,
        name: cohort.name,
        held: progress.held,
        averageRate: progress.averageRate,
        retention: progress.retention,
      };
    }),
  };
}
