import { type Db, Prisma } from "@circle/db";
import type { Delivery, GroupType, Page, ReportFilters, ReportPageInput } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { ATTENDANCE_COUNT_COLUMNS, ATTENDED_SQL, type AttendanceCounts, attendanceRate } from "./attendance-counts.ts";
import { cohortScopeSql, localDateSql, sessionInRangeSql } from "./report-scope.ts";

export interface AttendanceFigures extends AttendanceCounts {
  sessionsScheduled: number;
  sessionsHeld: number;
  sessionsCancelled: number;
  /** attended of expected (late and left early attended, excused left out); null when none expected */
  attendanceRate: number | null;
  /** members with at least one attended session, each counted once */
  uniqueMembersAttending: number;
  /** attended sessions × session length */
  participantHours: number;
}

export interface AttendanceCohortRow extends AttendanceFigures {
  cohortId: string;
  cohortName: string;
  cohortStartDate: string;
  programName: string;
  groupType: GroupType;
  delivery: Delivery;
}

export interface AttendanceWeek extends AttendanceCounts {
  /** the Monday of the week, YYYY-MM-DD */
  weekOf: string;
  attendanceRate: number | null;
}

export interface AttendanceSummary {
  cohorts: number;
  total: AttendanceFigures;
  weeks: AttendanceWeek[];
}

interface FigureColumns extends AttendanceCounts {
  sessionsScheduled: number;
  sessionsHeld: number;
  sessionsCancelled: number;
  uniqueMembersAttending: number;
  attendedMinutes: number;
}

const SESSION_COUNT_COLUMNS = Prisma.sql`
  count(*)::int AS "sessionsScheduled",
  count(*) FILTER (WHERE s.status = 'HELD')::int AS "sessionsHeld",
  count(*) FILTER (WHERE s.status = 'CANCELLED')::int AS "sessionsCancelled"`;

// Marks count on held sessions only, as in a cohort's progress: cancelled sessions never count.
const MARK_COLUMNS = Prisma.sql`${ATTENDANCE_COUNT_COLUMNS},
  count(DISTINCT a."memberId") FILTER (WHERE ${ATTENDED_SQL})::int AS "uniqueMembersAttending",
  coalesce(sum(s."durationMinutes") FILTER (WHERE ${ATTENDED_SQL}), 0)::int AS "attendedMinutes"`;

/** The scoped cohorts and their sessions in the range, as CTEs `c` and `sess`. */
function scopedSessionsSql(actor: Actor, filters: ReportFilters): Prisma.Sql {
  return Prisma.sql`c AS (
      SELECT c.id, c."timeZone" FROM "Cohort" c JOIN "Program" p ON p.id = c."programId"
      WHERE ${cohortScopeSql(actor, filters)}
    ),
    sess AS (
      SELECT s.id, s."cohortId", s.status, s."durationMinutes", ${localDateSql(Prisma.sql`s."startsAt"`)} AS "localDate"
      FROM "Session" s JOIN c ON c.id = s."cohortId"
      WHERE ${sessionInRangeSql(filters)}
    )`;
}

function figuresOf(row: FigureColumns): AttendanceFigures {
  const { attendedMinutes, ...counts } = row;
  return {
    ...counts,
    attendanceRate: attendanceRate(counts),
    participantHours: Math.round((attendedMinutes / 60) * 10) / 10,
  };
}

/**
 * Totals for the whole scope (each member counted once) and the week-by-week marks, in one
 * statement that reads the marks once: they are counted per session, and the sessions rolled up
 * per week and in total (GROUPING SETS); grouping the marks themselves by week cost twice as much.
 */
export async function attendanceSummary(db: Db, actor: Actor, filters: ReportFilters): Promise<AttendanceSummary> {
  const rows = await db.$queryRaw<(FigureColumns & { cohorts: number; weekOf: string | null })[]>`
    WITH ${scopedSessionsSql(actor, filters)},
    marks AS MATERIALIZED (
      SELECT a."sessionId", a."memberId", a.status
      FROM "AttendanceRecord" a JOIN sess s ON s.id = a."sessionId" WHERE s.status = 'HELD'
    ),
    per_session AS (SELECT a."sessionId", ${ATTENDANCE_COUNT_COLUMNS} FROM marks a GROUP BY 1),
    weeks AS (SELECT s.*, date_trunc('week', s."localDate")::date AS week FROM sess s)
    SELECT to_char(s.week, 'YYYY-MM-DD') AS "weekOf",
      count(DISTINCT s."cohortId")::int AS cohorts, ${SESSION_COUNT_COLUMNS},
      coalesce(sum(m.present), 0)::int AS present, coalesce(sum(m.late), 0)::int AS late,
      coalesce(sum(m."leftEarly"), 0)::int AS "leftEarly", coalesce(sum(m.excused), 0)::int AS excused,
      coalesce(sum(m.absent), 0)::int AS absent,
      coalesce(sum((m.present + m.late + m."leftEarly") * s."durationMinutes"), 0)::int AS "attendedMinutes",
      CASE WHEN GROUPING(s.week) = 1 THEN
        (SELECT count(*) FROM (SELECT DISTINCT a."memberId" FROM marks a WHERE ${ATTENDED_SQL}) attending)::int
      END AS "uniqueMembersAttending"
    FROM weeks s LEFT JOIN per_session m ON m."sessionId" = s.id
    GROUP BY GROUPING SETS ((), (s.week))
    ORDER BY s.week NULLS FIRST`;
  const [totals, ...weeks] = rows;
  if (!totals || totals.weekOf !== null) throw new Error("the attendance summary returned no total");
  const { cohorts, weekOf: _all, ...figures } = totals;
  return {
    cohorts,
    total: figuresOf(figures),
    // weeks with marks, as the chart draws them (a week of only cancelled sessions has none)
    weeks: weeks.flatMap(({ weekOf, present, late, leftEarly, excused, absent }) =>
      weekOf && present + late + leftEarly + excused + absent > 0
        ? [
            {
              weekOf,
              present,
              late,
              leftEarly,
              excused,
              absent,
              attendanceRate: attendanceRate({ present, late, leftEarly, excused, absent }),
            },
          ]
        : [],
    ),
  };
}

/**
 * One page of cohorts (those with a session in the range, by start date) with their figures, in
 * one statement: the page is chosen first, so only its cohorts' sessions are aggregated.
 */
export async function attendanceCohortPage(db: Db, actor: Actor, input: ReportPageInput): Promise<Page<AttendanceCohortRow>> {
  const { filters, page, pageSize } = input;
  const rows = await db.$queryRaw<(FigureColumns & Omit<AttendanceCohortRow, keyof AttendanceFigures> & { total: number })[]>`
    WITH page AS (
      SELECT c.id AS "cohortId", c.name AS "cohortName", to_char(c."startDate", 'YYYY-MM-DD') AS "cohortStartDate",
        c."timeZone", p.name AS "programName", p."groupType", p.delivery, count(*) OVER ()::int AS total
      FROM "Cohort" c JOIN "Program" p ON p.id = c."programId"
      WHERE ${cohortScopeSql(actor, filters)}
        AND EXISTS (SELECT 1 FROM "Session" s WHERE s."cohortId" = c.id AND ${sessionInRangeSql(filters)})
      ORDER BY c."startDate", c.name, c.id
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    ),
    sess AS (
      SELECT s.id, s."cohortId", s.status, s."durationMinutes"
      FROM "Session" s JOIN page c ON c."cohortId" = s."cohortId"
      WHERE ${sessionInRangeSql(filters)}
    ),
    sessions AS (SELECT s."cohortId", ${SESSION_COUNT_COLUMNS} FROM sess s GROUP BY 1),
    marks AS (
      SELECT s."cohortId", ${MARK_COLUMNS}
      FROM "AttendanceRecord" a JOIN sess s ON s.id = a."sessionId"
      WHERE s.status = 'HELD' GROUP BY 1
    )
    SELECT page."cohortId", page."cohortName", page."cohortStartDate", page."programName", page."groupType",
      page.delivery, page.total, sessions."sessionsScheduled", sessions."sessionsHeld", sessions."sessionsCancelled",
      coalesce(marks.present, 0) AS present, coalesce(marks.late, 0) AS late, coalesce(marks."leftEarly", 0) AS "leftEarly",
      coalesce(marks.excused, 0) AS excused, coalesce(marks.absent, 0) AS absent,
      coalesce(marks."uniqueMembersAttending", 0) AS "uniqueMembersAttending",
      coalesce(marks."attendedMinutes", 0) AS "attendedMinutes"
    FROM page JOIN sessions ON sessions."cohortId" = page."cohortId"
    LEFT JOIN marks ON marks."cohortId" = page."cohortId"
    ORDER BY page."cohortStartDate", page."cohortName", page."cohortId"`;
  return {
    rows: rows.map(({ total: _total, cohortId, cohortName, cohortStartDate, programName, groupType, delivery, ...figures }) => ({
      cohortId,
      cohortName,
      cohortStartDate,
      programName,
      groupType,
      delivery,
      ...figuresOf(figures),
    })),
    total: rows[0]?.total ?? 0,
    page,
    pageSize,
  };
}
