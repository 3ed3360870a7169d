import { type Db, Prisma } from "@circle/db";
import type { ApplicationStatus, ReferralSource, ReportFilters } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { cohortScopeSql } from "./report-scope.ts";

export interface IntakeFunnel {
  submitted: number;
  /** reached at least screening (an application accepted straight away counts as screened) */
  screened: number;
  interviewed: number;
  accepted: number;
  enrolled: number;
  waitlisted: number;
  declined: number;
  referredElsewhere: number;
  withdrawn: number;
  /** still submitted, screening or interview scheduled */
  open: number;
  riskFlagged: number;
  /** days from application to decision, of those decided */
  medianDaysToDecision: number | null;
  p90DaysToDecision: number | null;
}

export interface IntakeProgramRow extends IntakeFunnel {
  programId: string;
  programName: string;
}

export interface WaitlistLength {
  programName: string;
  /** null: the program's own waitlist, for any cohort */
  cohortName: string | null;
  waiting: number;
  offered: number;
}

export interface IntakeReport {
  total: IntakeFunnel;
  programs: IntakeProgramRow[];
  byStatus: { status: ApplicationStatus; count: number }[];
  bySource: { source: ReferralSource; count: number }[];
  /** today's waitlists, whatever the period */
  waitlists: WaitlistLength[];
}

interface GroupedRow extends IntakeFunnel {
  set: "total" | "program" | "status" | "source";
  programId: string | null;
  programName: string | null;
  status: ApplicationStatus | null;
  referralSource: ReferralSource | null;
}

/** How far an application went: 1 screening, 2 interview, 3 accepted, 4 enrolled. */
const STAGE_OF_STATUS = (column: Prisma.Sql) =>
  Prisma.sql`CASE ${column} WHEN 'SCREENING' THEN 1 WHEN 'INTERVIEW_SCHEDULED' THEN 2 WHEN 'ACCEPTED' THEN 3 ELSE 0 END`;

/**
 * Applications submitted in the period (by UTC date: an application belongs to no time zone
 * until it has a cohort) for the scoped programs and cohorts; a facilitator sees those for
 * their own cohorts only. One statement groups the funnel by program, status and source.
 */
export async function intakeReport(db: Db, actor: Actor, filters: ReportFilters): Promise<IntakeReport> {
  const scope = cohortScopeSql(actor, filters);
  const [grouped, waitlists] = await Promise.all([
    db.$queryRaw<GroupedRow[]>`
      WITH apps AS (
        SELECT a.status, a."referralSource", a."riskFlagged", p.id AS "programId", p.name AS "programName",
          extract(epoch FROM a."decidedAt" - a."submittedAt") / 86400 AS "daysToDecision",
          greatest(
            ${STAGE_OF_STATUS(Prisma.sql`a.status`)},
            (SELECT max(${STAGE_OF_STATUS(Prisma.sql`ch."toStatus"`)}) FROM "ApplicationStatusChange" ch WHERE ch."applicationId" = a.id),
            CASE WHEN EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."applicationId" = a.id) THEN 4 ELSE 0 END
          ) AS stage
        FROM "Application" a
        JOIN "Program" p ON p.id = a."programId"
        LEFT JOIN "Cohort" c ON c.id = a."cohortId"
        WHERE ${scope}
          AND a."submittedAt" >= ${filters.from}::date AND a."submittedAt" < ${filters.to}::date + interval '1 day'
      )
      SELECT
        CASE WHEN GROUPING("programId") = 0 THEN 'program' WHEN GROUPING(status) = 0 THEN 'status'
             WHEN GROUPING("referralSource") = 0 THEN 'source' ELSE 'total' END AS set,
        "programId", "programName", status, "referralSource",
        count(*)::int AS submitted,
        count(*) FILTER (WHERE stage >= 1)::int AS screened,
        count(*) FILTER (WHERE stage >= 2)::int AS interviewed,
        count(*) FILTER (WHERE stage >= 3)::int AS accepted,
        count(*) FILTER (WHERE stage >= 4)::int AS enrolled,
        count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
        count(*) FILTER (WHERE status = 'DECLINED')::int AS declined,
        count(*) FILTER (WHERE status = 'REFERRED_ELSEWHERE')::int AS "referredElsewhere",
        count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn,
        count(*) FILTER (WHERE status IN ('SUBMITTED', 'SCREENING', 'INTERVIEW_SCHEDULED'))::int AS open,
        count(*) FILTER (WHERE "riskFlagged")::int AS "riskFlagged",
        round((percentile_cont(0.5) WITHIN GROUP (ORDER BY "daysToDecision"))::numeric, 1)::float8 AS "medianDaysToDecision",
        round((percentile_cont(0.9) WITHIN GROUP (ORDER BY "daysToDecision"))::numeric, 1)::float8 AS "p90DaysToDecision"
      FROM apps
      GROUP BY GROUPING SETS ((), ("programId", "programName"), (status), ("referralSource"))
      ORDER BY "programName", status, "referralSource"`,
    db.$queryRaw<WaitlistLength[]>`
      SELECT p.name AS "programName", c.name AS "cohortName",
        count(*) FILTER (WHERE w.status = 'WAITING')::int AS waiting,
        count(*) FILTER (WHERE w.status = 'OFFERED')::int AS offered
      FROM "WaitlistEntry" w
      JOIN "Program" p ON p.id = w."programId"
      LEFT JOIN "Cohort" c ON c.id = w."cohortId"
      WHERE ${scope} AND w.status IN ('WAITING', 'OFFERED')
      GROUP BY p.name, c.name, c."startDate"
      ORDER BY p.name, c."startDate" NULLS FIRST, c.name`,
  ]);
  const funnel = ({ set: _s, programId: _p, programName: _n, status: _st, referralSource: _r, ...figures }: GroupedRow) =>
    figures;
  const total = grouped.find((row) => row.set === "total");
  return {
    total: total ? funnel(total) : EMPTY_FUNNEL,
    programs: grouped.flatMap((row) =>
      row.set === "program" && row.programId && row.programName
        ? [{ programId: row.programId, programName: row.programName, ...funnel(row) }]
        : [],
    ),
    byStatus: grouped.flatMap((row) =>
      row.set === "status" && row.status ? [{ status: row.status, count: row.submitted }] : [],
    ),
    bySource: grouped.flatMap((row) =>
      row.set === "source" && row.referralSource ? [{ source: row.referralSource, count: row.submitted }] : [],
    ),
    waitlists,
  };
}

const EMPTY_FUNNEL: IntakeFunnel = {
  submitted: 0,
  screened: 0,
  interviewed: 0,
  accepted: 0,
  enrolled: 0,
  waitlisted: 0,
  declined: 0,
  referredElsewhere: 0,
  withdrawn: 0,
  open: 0,
  riskFlagged: 0,
  medianDaysToDecision: null,
  p90DaysToDecision: null,
};
