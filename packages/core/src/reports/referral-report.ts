import type { Db } from "@circle/db";
import type { ReferralCategory, ReferralCloseReason, ReportFilters } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { cohortScopeSql } from "./report-scope.ts";

export interface ReferralFigures {
  referrals: number;
  routine: number;
  urgent: number;
  emergency: number;
  successful: number;
  unsuccessful: number;
  /** not closed yet */
  open: number;
  /** open, with a follow-up date before today */
  overdue: number;
  /** days from logging to closing, of those closed */
  medianDaysToClose: number | null;
  p90DaysToClose: number | null;
}

export interface ReferralCategoryRow extends ReferralFigures {
  category: ReferralCategory;
}

export interface ReferralReport {
  total: ReferralFigures;
  categories: ReferralCategoryRow[];
  /** why unsuccessful referrals closed */
  closeReasons: { reason: ReferralCloseReason; count: number }[];
}

interface GroupedRow extends ReferralFigures {
  set: "total" | "category" | "reason";
  category: ReferralCategory | null;
  closeReason: ReferralCloseReason | null;
}

/**
 * Referrals logged in the period (by UTC date) for members of the scoped cohorts: counts by
 * category, urgency and outcome, time to close, overdue follow-ups. Counts only: no reason, note
 * or member leaves this function. A facilitator counts their own cohorts' referrals; one made at
 * intake for someone in no cohort counts only when no cohort filter is set (its cohort columns
 * are null, so any filter on them leaves it out).
 */
export async function referralReport(db: Db, actor: Actor, filters: ReportFilters): Promise<ReferralReport> {
  const grouped = await db.$queryRaw<GroupedRow[]>`
    WITH refs AS (
      SELECT r.category, r.urgency, r.status, r.outcome, r."closeReason",
        r.status <> 'CLOSED' AND r."followUpOn" < CURRENT_DATE AS overdue,
        extract(epoch FROM r."closedAt" - r."createdAt") / 86400 AS "daysToClose"
      FROM "Referral" r
      LEFT JOIN "Cohort" c ON c.id = r."cohortId"
      LEFT JOIN "Program" p ON p.id = c."programId"
      WHERE ${cohortScopeSql(actor, filters)}
        AND r."createdAt" >= ${filters.from}::date AND r."createdAt" < ${filters.to}::date + interval '1 day'
    )
    SELECT
      CASE WHEN GROUPING(category) = 0 THEN 'category' WHEN GROUPING("closeReason") = 0 THEN 'reason' ELSE 'total' END AS set,
      category, "closeReason",
      count(*)::int AS referrals,
      count(*) FILTER (WHERE urgency = 'ROUTINE')::int AS routine,
      count(*) FILTER (WHERE urgency = 'URGENT')::int AS urgent,
      count(*) FILTER (WHERE urgency = 'EMERGENCY')::int AS emergency,
      count(*) FILTER (WHERE outcome = 'SUCCESSFUL')::int AS successful,
      count(*) FILTER (WHERE outcome = 'UNSUCCESSFUL')::int AS unsuccessful,
      count(*) FILTER (WHERE status <> 'CLOSED')::int AS open,
      count(*) FILTER (WHERE overdue)::int AS overdue,
      round((percentile_cont(0.5) WITHIN GROUP (ORDER BY "daysToClose"))::numeric, 1)::float8 AS "medianDaysToClose",
      round((percentile_cont(0.9) WITHIN GROUP (ORDER BY "daysToClose"))::numeric, 1)::float8 AS "p90DaysToClose"
    FROM refs
    GROUP BY GROUPING SETS ((), (category), ("closeReason"))
    ORDER BY category, "closeReason"`;
  const figures = ({ set: _s, category: _c, closeReason: _r, ...rest }: GroupedRow): ReferralFigures => rest;
  const total = grouped.find((row) => row.set === "total");
  return {
    total: total ? figures(total) : EMPTY,
    categories: grouped.flatMap((row) =>
      row.set === "category" && row.category ? [{ category: row.category, ...figures(row) }] : [],
    ),
    closeReasons: grouped.flatMap((row) =>
      row.set === "reason" && row.closeReason ? [{ reason: row.closeReason, count: row.referrals }] : [],
    ),
  };
}

const EMPTY: ReferralFigures = {
  referrals: 0,
  routine: 0,
  urgent: 0,
  emergency: 0,
  successful: 0,
  unsuccessful: 0,
  open: 0,
  overdue: 0,
  medianDaysToClose: null,
  p90DaysToClose: null,
};
