import { Prisma } from "@circle/db";
import { ATTENDANCE_STATUSES, type AttendanceStatus } from "@circle/validators";
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

/** The "AttendanceTally" column that counts each status (the counts' own names). */
const TALLY_COLUMN: Record<AttendanceStatus, keyof AttendanceCounts> = {
  PRESENT: "present",
  LATE: "late",
  LEFT_EARLY: "leftEarly",
  EXCUSED: "excused",
  ABSENT: "absent",
};

/** The five counts summed over "AttendanceTally" rows aliased `t` (zeros when there are none). */
export const TALLY_SUM_COLUMNS = Prisma.join(
  ATTENDANCE_STATUSES.map((status) =>
    Prisma.raw(`coalesce(sum(t."${TALLY_COLUMN[status]}"), 0)::int AS "${TALLY_COLUMN[status]}"`),
  ),
);

/** A session's attended marks by the same rule, from its tally `t`. */
export const TALLY_ATTENDED_SQL = Prisma.raw(
  `(${ATTENDANCE_STATUSES.filter(countsAsAttended)
    .map((status) => `t."${TALLY_COLUMN[status]}"`)
    .join(" + ")})`,
);
