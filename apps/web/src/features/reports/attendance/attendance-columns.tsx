import { Text } from "@mantine/core";
import { AnchorLink } from "../../../components/anchor-link.tsx";
import { createServerColumnHelper } from "../../../components/data-table/table-features.ts";
import { formatCalendarDay } from "../../../lib/format.ts";
import { GROUP_TYPE_LABELS } from "../../programs/program-labels.ts";
import { formatCount, formatHours, formatRate } from "../report-format.ts";
import type { AttendanceCohortRow } from "../types.ts";

const column = createServerColumnHelper<AttendanceCohortRow>();
const WRAP = { display: "inline-block", whiteSpace: "normal", minWidth: 120, maxWidth: 220 } as const;
const count = (
  header: string,
  key: "sessionsHeld" | "sessionsCancelled" | "present" | "late" | "leftEarly" | "excused" | "absent",
) => column.accessor(key, { header, enableSorting: false, cell: (info) => formatCount(info.getValue()) });

// The same columns, in the same order, as the CSV export (core's attendance-export.ts).
export const attendanceColumns = column.columns([
  column.accessor("cohortName", {
    header: "Cohort",
    enableSorting: false,
    // The drill-down: the cohort's progress, its members × sessions grid.
    cell: (info) => (
      <AnchorLink
        to="/cohorts/$cohortId/progress"
        params={{ cohortId: info.row.original.cohortId }}
        size="sm"
        fw={600}
        style={WRAP}
      >
        {info.getValue()}
      </AnchorLink>
    ),
  }),
  column.accessor("programName", {
    header: "Program",
    enableSorting: false,
    cell: (info) => (
      <Text span size="sm" style={WRAP}>
        {info.getValue()}
        <Text span size="xs" c="dimmed" display="block">
          {GROUP_TYPE_LABELS[info.row.original.groupType]}
        </Text>
      </Text>
    ),
  }),
  column.accessor("cohortStartDate", {
    header: "Starts",
    enableSorting: false,
    cell: (info) => formatCalendarDay(new Date(`${info.getValue()}T00:00:00Z`)),
  }),
  column.accessor("sessionsScheduled", {
    header: "Scheduled",
    enableSorting: false,
    cell: (info) => formatCount(info.getValue()),
  }),
  count("Held", "sessionsHeld"),
  count("Cancelled", "sessionsCancelled"),
  count("Present", "present"),
  count("Late", "late"),
  count("Left early", "leftEarly"),
  count("Excused", "excused"),
  count("Absent", "absent"),
  column.accessor("attendanceRate", { header: "Rate", enableSorting: false, cell: (info) => formatRate(info.getValue()) }),
  column.accessor("uniqueMembersAttending", {
    header: "Members",
    enableSorting: false,
    cell: (info) => formatCount(info.getValue()),
  }),
  column.accessor("participantHours", {
    header: "Participant-hours",
    enableSorting: false,
    cell: (info) => formatHours(info.getValue()),
  }),
]);
