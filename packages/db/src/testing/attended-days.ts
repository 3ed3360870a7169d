import type { Db } from "../client.ts";

export interface MemberDays {
  cohortId: string;
  memberId: string;
  /** the local dates, YYYY-MM-DD, in order */
  days: string[];
}

/**
 * Each member's attended days as the triggers keep them ("AttendedDays", empty rows left out)
 * and as computed from the marks themselves; a test expects the two to be equal.
 */
export async function attendedDaysBothWays(db: Db): Promise<{ kept: MemberDays[]; fromMarks: MemberDays[] }> {
  const [kept, fromMarks] = await Promise.all([
    db.$queryRaw<MemberDays[]>`
      SELECT d."cohortId"::text, d."memberId"::text, array(
        SELECT day::date::text FROM unnest(d.days) r, generate_series(lower(r), upper(r) - 1, interval '1 day') day ORDER BY 1
      ) AS days
      FROM "AttendedDays" d WHERE NOT isempty(d.days) ORDER BY 1, 2`,
    db.$queryRaw<MemberDays[]>`
      SELECT "cohortId", "memberId", array_agg(DISTINCT day ORDER BY day) AS days
      FROM (
        SELECT s."cohortId"::text, a."memberId"::text, ((s."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE c."timeZone")::date::text AS day
        FROM "AttendanceRecord" a JOIN "Session" s ON s.id = a."sessionId" JOIN "Cohort" c ON c.id = s."cohortId"
        WHERE s.status = 'HELD' AND a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY')
      ) marks
      GROUP BY 1, 2 ORDER BY 1, 2`,
  ]);
  return { kept, fromMarks };
}
