import type { Db } from "@circle/db";
import { readSetting } from "../settings/settings.ts";

/**
 * Cohorts that have not started, begin within the at-risk window, are under their minimum
 * enrollment, and have no go decision yet: each needs a go / postpone decision.
 */
export async function listAtRiskCohorts(db: Db, now = new Date()) {
  const days = await readSetting(db, "cohortAtRiskDays");
  const horizon = new Date(now.getTime() + days * 86_400_000);
  const cohorts = await db.cohort.findMany({
    where: {
      status: { in: ["PLANNED", "OPEN_FOR_INTAKE"] },
      goConfirmedAt: null,
      sessions: { some: { number: 1, startsAt: { lte: horizon } } },
    },
    select: {
      id: true,
      name: true,
      status: true,
      minimumEnrollment: true,
      capacity: true,
      program: { select: { name: true } },
      sessions: { where: { number: 1 }, select: { startsAt: true } },
      _count: { select: { enrollments: { where: { status: "ENROLLED" } } } },
    },
    orderBy: { startDate: "asc" },
  });
  return {
    days,
    cohorts: cohorts
      .filter((c) => c._count.enrollments < c.minimumEnrollment)
      .map(({ sessions, _count, ...c }) => ({
        ...c,
        enrolled: _count.enrollments,
        firstSessionAt: sessions[0]?.startsAt ?? null,
      })),
  };
}
