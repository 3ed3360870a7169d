import { type Db, Prisma } from "@circle/db";
import type { EnrollmentStatus, GroupType, ReportFilters } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { ATTENDED_SQL } from "./attendance-counts.ts";
import { cohortScopeSql, localDateSql, sessionInRangeSql } from "./report-scope.ts";

export interface ParticipationFigures {
  /** people with at least one attended session in the period; a member in two cohorts counts once */
  peopleServed: number;
  newEnrollments: number;
  /** enrollments completed in the period (each program's completion rule decides, at the cohort's end) */
  completions: number;
  /** enrollments whose cohort ended in the period without the member meeting the completion rule */
  notCompleted: number;
  withdrawals: number;
  drops: number;
  /** enrollments active at some time in the period */
  activeEnrollments: number;
  /** of the active enrollments, those not withdrawn or dropped by the period's end; null when none */
  retentionRate: number | null;
  /** completions of the enrollments that ended in the period (completed, not completed, withdrew,
   * dropped); null when none ended */
  completionRate: number | null;
}

export type ParticipationGroup =
  | { by: "program"; programId: string; programName: string; groupType: GroupType }
  | { by: "groupType"; groupType: GroupType }
  | { by: "language"; language: string };

export type ParticipationRow = ParticipationGroup & ParticipationFigures;

export interface EndReasonCount {
  status: Extract<EnrollmentStatus, "WITHDREW" | "DROPPED">;
  reason: string;
  count: number;
}

export interface ParticipationReport {
  total: ParticipationFigures;
  rows: ParticipationRow[];
  endReasons: EndReasonCount[];
}

interface GroupedRow {
  programId: string | null;
  programName: string | null;
  groupType: GroupType | null;
  language: string | null;
  byProgram: boolean;
  byGroupType: boolean;
  byLanguage: boolean;
  peopleServed: number;
  newEnrollments: number;
  completions: number;
  notCompleted: number;
  withdrawals: number;
  drops: number;
  activeEnrollments: number;
  retained: number;
}

const NO_LANGUAGE = "Not recorded";

/**
 * A reason is free text written about one person ("admitted to hospital"). Staff see a reason
 * only when at least this many enrollments share it; rarer ones are counted together, the
 * small-cell rule of public health reporting, so a report of counts never points at a member.
 */
export const STAFF_REASON_MIN_COUNT = 3;
export const OTHER_REASONS = "Other reasons (each fewer than 3)";

export function reasonsFor(actor: Actor, reasons: EndReasonCount[]): EndReasonCount[] {
  if (actor.role !== "STAFF") return reasons;
  return (["WITHDREW", "DROPPED"] as const).flatMap((status) => {
    const ofStatus = reasons.filter((r) => r.status === status);
    const rare = ofStatus.filter((r) => r.count < STAFF_REASON_MIN_COUNT).reduce((n, r) => n + r.count, 0);
    const shown = ofStatus.filter((r) => r.count >= STAFF_REASON_MIN_COUNT);
    return rare > 0 ? [...shown, { status, reason: OTHER_REASONS, count: rare }] : shown;
  });
}

/**
 * Every enrollment active in the period in the scoped cohorts, with what happened to it in the
 * period, as CTE `facts`. "Served" comes from attendance on sessions in the period.
 */
function enrollmentFactsSql(actor: Actor, filters: ReportFilters): Prisma.Sql {
  return Prisma.sql`c AS (
      SELECT c.id, c."timeZone", p.id AS "programId", p.name AS "programName", p."groupType"
      FROM "Cohort" c JOIN "Program" p ON p.id = c."programId"
      WHERE ${cohortScopeSql(actor, filters)}
    ),
    attended AS (
      SELECT DISTINCT s."cohortId", a."memberId"
      FROM "AttendanceRecord" a JOIN "Session" s ON s.id = a."sessionId" JOIN c ON c.id = s."cohortId"
      WHERE ${sessionInRangeSql(filters)} AND s.status = 'HELD' AND ${ATTENDED_SQL}
    ),
    facts AS (
      SELECT e."memberId", e.status, e."endedOn", e."endReason", c."programId", c."programName", c."groupType",
        coalesce(nullif(trim(m.language), ''), ${NO_LANGUAGE}) AS language,
        ${localDateSql(Prisma.sql`e."enrolledAt"`)} AS "enrolledOn",
        attended."memberId" IS NOT NULL AS served
      FROM "Enrollment" e
      JOIN c ON c.id = e."cohortId"
      JOIN "Member" m ON m.id = e."memberId"
      LEFT JOIN attended ON attended."cohortId" = e."cohortId" AND attended."memberId" = e."memberId"
      WHERE ${localDateSql(Prisma.sql`e."enrolledAt"`)} <= ${filters.to}::date
        AND (e."endedOn" IS NULL OR e."endedOn" >= ${filters.from}::date)
    )`;
}

function inPeriod(filters: ReportFilters): Prisma.Sql {
  return Prisma.sql`"endedOn" BETWEEN ${filters.from}::date AND ${filters.to}::date`;
}

/**
 * The funders' report: one statement computes the total and each breakdown (program, group
 * type, language: shown when asked for) with GROUPING SETS, so people are unduplicated within each group;
 * a second lists the reasons of withdrawals and drops (counts only).
 */
export async function participationReport(db: Db, actor: Actor, filters: ReportFilters): Promise<ParticipationReport> {
  const facts = enrollmentFactsSql(actor, filters);
  const [grouped, endReasons] = await Promise.all([
    db.$queryRaw<GroupedRow[]>`
      WITH ${facts}
      SELECT "programId", "programName", "groupType", language,
        GROUPING("programId") = 0 AS "byProgram", GROUPING("groupType") = 0 AND GROUPING("programId") = 1 AS "byGroupType",
        GROUPING(language) = 0 AS "byLanguage",
        count(DISTINCT "memberId") FILTER (WHERE served)::int AS "peopleServed",
        count(*) FILTER (WHERE "enrolledOn" >= ${filters.from}::date)::int AS "newEnrollments",
        count(*) FILTER (WHERE status = 'COMPLETED' AND ${inPeriod(filters)})::int AS completions,
        count(*) FILTER (WHERE status = 'NOT_COMPLETED' AND ${inPeriod(filters)})::int AS "notCompleted",
        count(*) FILTER (WHERE status = 'WITHDREW' AND ${inPeriod(filters)})::int AS withdrawals,
        count(*) FILTER (WHERE status = 'DROPPED' AND ${inPeriod(filters)})::int AS drops,
        count(*)::int AS "activeEnrollments",
        count(*) FILTER (WHERE NOT (status IN ('WITHDREW', 'DROPPED') AND "endedOn" <= ${filters.to}::date))::int AS retained
      FROM facts
      GROUP BY GROUPING SETS ((), ("programId", "programName", "groupType"), ("groupType"), (language))
      ORDER BY "programName" NULLS FIRST, "groupType" NULLS FIRST, language NULLS FIRST`,
    db.$queryRaw<EndReasonCount[]>`
      WITH ${facts}
      SELECT status, coalesce(nullif(trim("endReason"), ''), 'No reason given') AS reason, count(*)::int AS count
      FROM facts WHERE status IN ('WITHDREW', 'DROPPED') AND ${inPeriod(filters)}
      GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`,
  ]);
  const total = grouped.find((row) => !row.byProgram && !row.byGroupType && !row.byLanguage);
  return {
    total: total ? figuresOf(total) : figuresOf(EMPTY),
    rows: grouped.flatMap((row): ParticipationRow[] => {
      if (row.byProgram && row.programId && row.programName && row.groupType)
        return [
          { by: "program", programId: row.programId, programName: row.programName, groupType: row.groupType, ...figuresOf(row) },
        ];
      if (row.byGroupType && row.groupType) return [{ by: "groupType", groupType: row.groupType, ...figuresOf(row) }];
      if (row.byLanguage && row.language && filters.byLanguage)
        return [{ by: "language", language: row.language, ...figuresOf(row) }];
      return [];
    }),
    endReasons: reasonsFor(actor, endReasons),
  };
}

const EMPTY: GroupedRow = {
  programId: null,
  programName: null,
  groupType: null,
  language: null,
  byProgram: false,
  byGroupType: false,
  byLanguage: false,
  peopleServed: 0,
  newEnrollments: 0,
  completions: 0,
  notCompleted: 0,
  withdrawals: 0,
  drops: 0,
  activeEnrollments: 0,
  retained: 0,
};

function figuresOf(row: GroupedRow): ParticipationFigures {
  const ended = row.completions + row.notCompleted + row.withdrawals + row.drops;
  return {
    peopleServed: row.peopleServed,
    newEnrollments: row.newEnrollments,
    completions: row.completions,
    notCompleted: row.notCompleted,
    withdrawals: row.withdrawals,
    drops: row.drops,
    activeEnrollments: row.activeEnrollments,
    retentionRate: row.activeEnrollments === 0 ? null : row.retained / row.activeEnrollments,
    completionRate: ended === 0 ? null : row.completions / ended,
  };
}
