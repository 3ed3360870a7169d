import { Stack, Text } from "@mantine/core";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { createServerColumnHelper } from "../../components/data-table/table-features.ts";
import { formatCalendarDay } from "../../lib/format.ts";
import { scheduleShort } from "./cohort-schedule.ts";
import { CohortStatusBadge } from "./cohort-status-badge.tsx";
import type { CohortRow } from "./types.ts";

const column = createServerColumnHelper<CohortRow>();

// Names may be long; they wrap within a sensible width instead of pushing the table sideways.
const WRAP = { display: "inline-block", whiteSpace: "normal", minWidth: 120, maxWidth: 200 } as const;

// Column ids the server can sort by match COHORT_SORTS; the rest are marked unsortable.
export const cohortsColumns = column.columns([
  column.accessor("name", {
    header: "Name",
    cell: (info) => (
      <AnchorLink to="/cohorts/$cohortId" params={{ cohortId: info.row.original.id }} fw={600} size="sm" style={WRAP}>
        {info.getValue()}
      </AnchorLink>
    ),
  }),
  column.accessor((row) => row.program.name, {
    id: "program",
    header: "Program",
    enableSorting: false,
    cell: (info) => (
      <Text span size="sm" style={WRAP}>
        {info.getValue()}
      </Text>
    ),
  }),
  column.accessor("status", { header: "Status", cell: (info) => <CohortStatusBadge status={info.getValue()} /> }),
  // The first date, and under it the weekly slot in the cohort's own zone.
  column.accessor("startDate", {
    header: "Starts",
    cell: (info) => (
      <Stack gap={0}>
        <span>{formatCalendarDay(info.getValue())}</span>
        <Text span size="xs" c="dimmed">
          {scheduleShort(info.row.original)}
        </Text>
      </Stack>
    ),
  }),
  column.accessor((row) => row.facilitators.find((f) => f.role === "LEAD")?.user.name, {
    id: "lead",
    header: "Lead",
    enableSorting: false,
    cell: (info) =>
      info.getValue() ? (
        <Text span size="sm" style={WRAP}>
          {info.getValue()}
        </Text>
      ) : (
        <Text span size="sm" c="dimmed">
          None
        </Text>
      ),
  }),
  column.accessor((row) => row._count.enrollments, {
    id: "enrolled",
    header: "Enrolled",
    enableSorting: false,
    cell: (info) => {
      const { capacity, minimumEnrollment } = info.row.original;
      const enrolled = info.getValue();
      return (
        <Text
          span
          size="sm"
          c={enrolled < minimumEnrollment ? "orange.8" : undefined}
          title={`Runs with at least ${minimumEnrollment}`}
        >
          {enrolled} / {capacity}
        </Text>
      );
    },
  }),
]);
