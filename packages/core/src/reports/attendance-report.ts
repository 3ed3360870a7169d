import { type Db, Prisma } from "@circle/db";
import type { Delivery, GroupType, Page, ReportFilters, ReportPageInput } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { type AttendanceCounts, attendanceRate, TALLY_ATTENDED_SQL, TALLY_SUM_COLUMNS } from "./attendance-counts.ts";
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
// They are summed from each session's tally; only who attended is read from the marks.
const MARK_COLUMNS = Prisma.sql`${TALLY_SUM_COLUMNS},
  coalesce(sum(${TALLY_ATTENDED_SQL} * s."durationMinutes"), 0)::int AS "attendedMinutes"`;

/**
 * A member's attended days `d` ("AttendedDays", kept by triggers) fall in the range: the same local
 * dates as `sessionInRangeSql`, one range test per member and cohort instead of a read of every mark.
 */
function attendedInRangeSql(filters: ReportFilters): Prisma.Sql {
  return Prisma.sql`d.days && daterange(${filters.from}::date, ${filters.to}::date, '[]')`;
}

/** The held sessions' tallies `t`, beside sessions `s`. */
const HELD_TALLY_JOIN = Prisma.sql`LEFT JOIN "AttendanceTally" t ON t."sessionId" = s.id AND s.status = 'HELD'`;

/** The scoped cohorts and their sessions in the range, as CTEs `c` and `sess`. */
function scopedSessionsSql(actor: Actor, filters: ReportFilters): Prisma.Sql {
  return Prisma.sql`c AS (
      SELECT c.id, c."timeZone" FROM "Cohort" c JOIN "Program" p ON p.id = c."programId"
      WHERE ${cohortScopeSql(actor, filters)}
    ),
    sess AS MATERIALIZED (
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
 * statement: the sessions' tallies are rolled up per week and in total (GROUPING SETS), and who
 * attended is counted from each member's attended days (3,300 tallies and 10,000 attended-days rows
 * for a large organisation's year, where reading every mark read 72,000).
 */
export async function attendanceSummary(db: Db, actor: Actor, filters: ReportFilters): Promise<AttendanceSummary> {
  const rows = await db.$queryRaw<(FigureColumns & { cohorts: number; weekOf: string | null })[]>`
    WITH ${scopedSessionsSql(actor, filters)},
    -- the Monday of each session's local week
    weeks AS (SELECT s.*, s."localDate" - (extract(isodow FROM s."localDate")::int - 1) AS week FROM sess s)
    SELECT to_char(s.week, 'YYYY-MM-DD') AS "weekOf",
      count(DISTINCT s."cohortId")::int AS cohorts, ${SESSION_COUNT_COLUMNS}, ${MARK_COLUMNS},
      CASE WHEN GROUPING(s.week) = 1 THEN (
        SELECT count(DISTINCT d."memberId") FROM "AttendedDays" d JOIN c ON c.id = d."cohortId"
        WHERE ${attendedInRangeSql(filters)}
      )::int END AS "uniqueMembersAttending"
    FROM weeks s ${HELD_TALLY_JOIN}
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
    sess AS MATERIALIZED (
      SELECT s.id, s."cohortId", s.status, s."durationMinutes"
      FROM "Session" s JOIN page c ON c."cohortId" = s."cohortId"
      WHERE ${sessionInRangeSql(filters)}
    ),
    sessions AS (SELECT s."cohortId", ${SESSION_COUNT_COLUMNS}, ${MARK_COLUMNS} FROM sess s ${HELD_TALLY_JOIN} GROUP BY 1),
    attending AS (
      SELECT d."cohortId", count(*)::int AS "uniqueMembersAttending"
      FROM "AttendedDays" d JOIN page ON page."cohortId" = d."cohortId"
      WHERE ${attendedInRangeSql(filters)} GROUP BY 1
    )
    SELECT page."cohortId", page."cohortName", page."cohortStartDate", page."programName", page."groupType",
      page.delivery, page.total, sessions."sessionsScheduled", sessions."sessionsHeld", sessions."sessionsCancelled",
      sessions.present, sessions.late, sessions."leftEarly", sessions.excused, sessions.absent, sessions."attendedMinutes",
      coalesce(attending."uniqueMembersAttending", 0) AS "uniqueMembersAttending"
    FROM page JOIN sessions ON sessions."cohortId" = page."cohortId"
    LEFT JOIN attending ON attending."cohortId" = page."cohortId"
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
