import type { Db } from "@circle/db";
import { APPLICATION_STATUS_LABELS, REFERRAL_SOURCE_LABELS, type ReportFilters } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { type IntakeFunnel, intakeReport } from "./intake-report.ts";
import type { ExportCell, ReportExport } from "./report-export.ts";

const COLUMNS = [
  { key: "breakdown", header: "Breakdown" },
  { key: "group", header: "Group" },
  { key: "submitted", header: "Applications" },
  { key: "screened", header: "Reached screening" },
  { key: "interviewed", header: "Reached interview" },
  { key: "accepted", header: "Accepted" },
  { key: "enrolled", header: "Enrolled" },
  { key: "waitlisted", header: "Waitlisted" },
  { key: "declined", header: "Declined" },
  { key: "referredElsewhere", header: "Referred elsewhere" },
  { key: "withdrawn", header: "Withdrawn" },
  { key: "open", header: "Awaiting decision" },
  { key: "riskFlagged", header: "Flagged" },
  { key: "medianDaysToDecision", header: "Median days to decision" },
  { key: "p90DaysToDecision", header: "90th percentile days to decision" },
  { key: "waitingNow", header: "Waiting now" },
  { key: "offeredNow", header: "Offered a seat now" },
] as const;

type Row = Record<(typeof COLUMNS)[number]["key"], ExportCell>;

const BLANK: Row = Object.fromEntries(COLUMNS.map((c) => [c.key, null])) as Row;

function funnelCells(f: IntakeFunnel) {
  return { ...f, waitingNow: null, offeredNow: null };
}

/** The total, each program's funnel, applications by status and by source, then today's waitlists. */
export function intakeExport(db: Db, actor: Actor, filters: ReportFilters): ReportExport {
  async function* rows(): AsyncGenerator<Row> {
    const report = await intakeReport(db, actor, filters);
    yield { breakdown: "Total", group: "All programs", ...funnelCells(report.total) };
    for (const p of report.programs) {
      const { programId: _id, programName, ...funnel } = p;
      yield { breakdown: "Program", group: programName, ...funnelCells(funnel) };
    }
    for (const s of report.byStatus)
      yield { ...BLANK, breakdown: "Status now", group: APPLICATION_STATUS_LABELS[s.status], submitted: s.count };
    for (const s of report.bySource)
      yield { ...BLANK, breakdown: "Referral source", group: REFERRAL_SOURCE_LABELS[s.source], submitted: s.count };
    for (const w of report.waitlists) {
      const group = w.cohortName ? `${w.programName} — ${w.cohortName}` : `${w.programName} (any cohort)`;
      yield { ...BLANK, breakdown: "Waitlist", group, waitingNow: w.waiting, offeredNow: w.offered };
    }
  }
  return { columns: COLUMNS, rows: rows() };
}
