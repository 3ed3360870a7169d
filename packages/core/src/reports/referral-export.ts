import type { Db } from "@circle/db";
import { REFERRAL_CATEGORY_LABELS, REFERRAL_CLOSE_REASON_LABELS, type ReportFilters } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { referralReport } from "./referral-report.ts";
import type { ExportCell, ReportExport } from "./report-export.ts";

const COLUMNS = [
  { key: "breakdown", header: "Breakdown" },
  { key: "group", header: "Group" },
  { key: "referrals", header: "Referrals" },
  { key: "routine", header: "Routine" },
  { key: "urgent", header: "Urgent" },
  { key: "emergency", header: "Emergency" },
  { key: "successful", header: "Closed successfully" },
  { key: "unsuccessful", header: "Closed unsuccessfully" },
  { key: "open", header: "Open" },
  { key: "overdue", header: "Follow-up overdue" },
  { key: "medianDaysToClose", header: "Median days to close" },
  { key: "p90DaysToClose", header: "90th percentile days to close" },
] as const;

type Row = Record<(typeof COLUMNS)[number]["key"], ExportCell>;

const BLANK: Row = Object.fromEntries(COLUMNS.map((c) => [c.key, null])) as Row;

/** The total, each category, then why unsuccessful referrals closed. Counts only. */
export function referralExport(db: Db, actor: Actor, filters: ReportFilters): ReportExport {
  async function* rows(): AsyncGenerator<Row> {
    const report = await referralReport(db, actor, filters);
    yield { breakdown: "Total", group: "All referrals", ...report.total };
    for (const { category, ...figures } of report.categories)
      yield { breakdown: "Category", group: REFERRAL_CATEGORY_LABELS[category], ...figures };
    for (const { reason, count } of report.closeReasons)
      yield {
        ...BLANK,
        breakdown: "Reason closed unsuccessfully",
        group: REFERRAL_CLOSE_REASON_LABELS[reason],
        referrals: count,
      };
  }
  return { columns: COLUMNS, rows: rows() };
}
