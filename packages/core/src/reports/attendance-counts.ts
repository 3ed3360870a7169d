import { Prisma } from "@circle/db";
import { ATTENDANCE_STATUSES } from "@circle/validators";
import { countsAsAttended } from "../attendance/progress.ts";

/** Marks per status on sessions that were not cancelled. */
export interface AttendanceCounts {
  present: number;
  late: number;
  leftEarly: number;
  excused: number;
  absent: number;
}

/**
 * Late and left early count as attended; excused is shown apart and counts neither for nor
 * against the rate; null when nobody was expected (no marks but excused ones).
 */
export function attendanceRate(counts: AttendanceCounts): number | null {
  const attended = counts.present + counts.late + counts.leftEarly;
  const expected = attended + counts.absent;
  return expected === 0 ? null : attended / expected;
}

/** Attendance's own rule of what counts as attended, in SQL over an "AttendanceRecord" aliased `a`. */
// Each value cast to the enum once, so rows compare enums rather than text.
export const ATTENDED_SQL = Prisma.sql`a.status IN (${Prisma.join(
  ATTENDANCE_STATUSES.filter(countsAsAttended).map((status) => Prisma.sql`${status}::"AttendanceStatus"`),
)})`;

/** The five counts as SQL aggregate columns, over an "AttendanceRecord" aliased `a`. */
export const ATTENDANCE_COUNT_COLUMNS = Prisma.sql`
  count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present,
  count(*) FILTER (WHERE a.status = 'LATE')::int AS late,
  count(*) FILTER (WHERE a.status = 'LEFT_EARLY')::int AS "leftEarly",
  count(*) FILTER (WHERE a.status = 'EXCUSED')::int AS excused,
  count(*) FILTER (WHERE a.status = 'ABSENT')::int AS absent`;
