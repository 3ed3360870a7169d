import { Badge, Text } from "@mantine/core";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { createServerColumnHelper } from "../../components/data-table/table-features.ts";
import { DELIVERY_LABELS, GROUP_TYPE_COLORS, GROUP_TYPE_LABELS } from "./program-labels.ts";
import type { ProgramRow } from "./types.ts";

const column = createServerColumnHelper<ProgramRow>();

// Column ids the server can sort by match PROGRAM_SORTS; the rest are marked unsortable.
export const programsColumns = column.columns([
  column.accessor("name", {
    header: "Name",
    cell: (info) => (
      <AnchorLink to="/programs/$programId" params={{ programId: info.row.original.id }} fw={600} size="sm">
        {info.getValue()}
      </AnchorLink>
    ),
  }),
  column.accessor("groupType", {
    header: "Group type",
    cell: (info) => (
      <Badge color={GROUP_TYPE_COLORS[info.getValue()]} variant="light" radius="sm">
        {GROUP_TYPE_LABELS[info.getValue()]}
      </Badge>
    ),
  }),
  column.accessor("delivery", {
    header: "Delivery",
    enableSorting: false,
    cell: (info) => DELIVERY_LABELS[info.getValue()],
  }),
  column.accessor("sessionCount", {
    header: "Sessions",
    enableSorting: false,
    cell: (info) => `${info.getValue()} × ${info.row.original.sessionLengthMinutes} min`,
  }),
  column.accessor("defaultCapacity", {
    header: "Capacity",
    enableSorting: false,
    cell: (info) => (
      <>
        {info.getValue()}{" "}
        <Text span size="xs" c="dimmed">
          (at least {info.row.original.minimumEnrollment})
        </Text>
      </>
    ),
  }),
  column.accessor((row) => row._count.cohorts, {
    id: "cohorts",
    header: "Cohorts",
    enableSorting: false,
    cell: (info) => info.getValue(),
  }),
]);
