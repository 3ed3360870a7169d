import type { Db } from "@circle/db";
import { GROUP_TYPE_LABELS, type ReportFilters } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { type ParticipationFigures, type ParticipationRow, participationReport } from "./participation-report.ts";
import { type ExportCell, percent, type ReportExport } from "./report-export.ts";

const COLUMNS = [
  { key: "breakdown", header: "Breakdown" },
  { key: "group", header: "Group" },
  { key: "groupType", header: "Group type" },
  { key: "peopleServed", header: "People served" },
  { key: "newEnrollments", header: "New enrollments" },
  { key: "completions", header: "Completions" },
  { key: "notCompleted", header: "Not completed" },
  { key: "withdrawals", header: "Withdrawals" },
  { key: "drops", header: "Drops" },
  { key: "activeEnrollments", header: "Active enrollments" },
  { key: "retentionRate", header: "Retention (%)" },
  { key: "completionRate", header: "Completion rate (%)" },
] as const;

type Row = Record<(typeof COLUMNS)[number]["key"], ExportCell>;

const EMPTY_FIGURES = {
  peopleServed: null,
  newEnrollments: null,
  completions: null,
  notCompleted: null,
  activeEnrollments: null,
  retentionRate: null,
  completionRate: null,
};

function figureCells(f: ParticipationFigures) {
  return {
    peopleServed: f.peopleServed,
    newEnrollments: f.newEnrollments,
    completions: f.completions,
    notCompleted: f.notCompleted,
    withdrawals: f.withdrawals,
    drops: f.drops,
    activeEnrollments: f.activeEnrollments,
    retentionRate: percent(f.retentionRate),
    completionRate: percent(f.completionRate),
  };
}

function groupCells(row: ParticipationRow): Pick<Row, "breakdown" | "group" | "groupType"> {
  if (row.by === "program") return { breakdown: "Program", group: row.programName, groupType: GROUP_TYPE_LABELS[row.groupType] };
  if (row.by === "groupType") return { breakdown: "Group type", group: GROUP_TYPE_LABELS[row.groupType], groupType: null };
  return { breakdown: "Language", group: row.language, groupType: null };
}

/** The total, each breakdown row, then the reasons for withdrawals and drops (counts only). */
export function participationExport(db: Db, actor: Actor, filters: ReportFilters): ReportExport {
  async function* rows(): AsyncGenerator<Row> {
    const report = await participationReport(db, actor, filters);
    yield { breakdown: "Total", group: "All programs", groupType: null, ...figureCells(report.total) };
    for (const row of report.rows) yield { ...groupCells(row), ...figureCells(row) };
    for (const reason of report.endReasons) {
      const withdrew = reason.status === "WITHDREW";
      yield {
        breakdown: withdrew ? "Reason for withdrawing" : "Reason for dropping",
        group: reason.reason,
        groupType: null,
        ...EMPTY_FIGURES,
        withdrawals: withdrew ? reason.count : null,
        drops: withdrew ? null : reason.count,
      };
    }
  }
  return { columns: COLUMNS, rows: rows() };
}
