import type { Db } from "@circle/db";
import { DELIVERY_LABELS, GROUP_TYPE_LABELS, type ReportFilters } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { type AttendanceFigures, attendanceCohortPage, attendanceSummary } from "./attendance-report.ts";
import { type ExportCell, percent, type ReportExport } from "./report-export.ts";

const COLUMNS = [
  { key: "cohort", header: "Cohort" },
  { key: "program", header: "Program" },
  { key: "groupType", header: "Group type" },
  { key: "delivery", header: "Delivery" },
  { key: "cohortStart", header: "Cohort start" },
  { key: "sessionsScheduled", header: "Sessions scheduled" },
  { key: "sessionsHeld", header: "Sessions held" },
  { key: "sessionsCancelled", header: "Sessions cancelled" },
  { key: "present", header: "Present" },
  { key: "late", header: "Late" },
  { key: "leftEarly", header: "Left early" },
  { key: "excused", header: "Excused" },
  { key: "absent", header: "Absent" },
  { key: "attendanceRate", header: "Attendance rate (%)" },
  { key: "uniqueMembersAttending", header: "Unique members attending" },
  { key: "participantHours", header: "Participant-hours" },
] as const;

type Row = Record<(typeof COLUMNS)[number]["key"], ExportCell>;

/** Cohorts fetched this many at a time: memory stays flat however large the organisation. */
export const EXPORT_PAGE_SIZE = 100;

function figureCells(f: AttendanceFigures) {
  return {
    sessionsScheduled: f.sessionsScheduled,
    sessionsHeld: f.sessionsHeld,
    sessionsCancelled: f.sessionsCancelled,
    present: f.present,
    late: f.late,
    leftEarly: f.leftEarly,
    excused: f.excused,
    absent: f.absent,
    attendanceRate: percent(f.attendanceRate),
    uniqueMembersAttending: f.uniqueMembersAttending,
    participantHours: f.participantHours,
  };
}

/** One row per cohort (as the report's table shows them), then the organisation's total. */
export function attendanceExport(db: Db, actor: Actor, filters: ReportFilters): ReportExport {
  async function* rows(): AsyncGenerator<Row> {
    for (let page = 1; ; page++) {
      const batch = await attendanceCohortPage(db, actor, { filters, page, pageSize: EXPORT_PAGE_SIZE });
      for (const row of batch.rows) {
        yield {
          cohort: row.cohortName,
          program: row.programName,
          groupType: GROUP_TYPE_LABELS[row.groupType],
          delivery: DELIVERY_LABELS[row.delivery],
          cohortStart: row.cohortStartDate,
          ...figureCells(row),
        };
      }
      if (batch.rows.length < EXPORT_PAGE_SIZE) break;
    }
    const { total } = await attendanceSummary(db, actor, filters);
    yield { cohort: "All cohorts", program: null, groupType: null, delivery: null, cohortStart: null, ...figureCells(total) };
  }
  return { columns: COLUMNS, rows: rows() };
}
