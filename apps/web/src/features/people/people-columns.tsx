import { Text } from "@mantine/core";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { createServerColumnHelper } from "../../components/data-table/table-features.ts";
import { RoleBadge } from "../../components/role-badge.tsx";
import { formatDate, formatRecent } from "../../lib/format.ts";
import { StatusBadge } from "./status-badge.tsx";
import type { PersonRow } from "./types.ts";

const column = createServerColumnHelper<PersonRow>();

// Column ids that the server can sort by match USER_SORTS; the rest are marked unsortable.
export const peopleColumns = column.columns([
  column.accessor("name", {
    header: "Name",
    cell: (info) => (
      <AnchorLink to="/people/$userId" params={{ userId: info.row.original.id }} fw={600} size="sm">
        {info.getValue()}
      </AnchorLink>
    ),
  }),
  column.accessor("email", { header: "Email" }),
  column.accessor("role", { header: "Role", cell: (info) => <RoleBadge role={info.getValue()} /> }),
  column.accessor("active", {
    id: "status",
    header: "Status",
    enableSorting: false,
    cell: (info) => <StatusBadge active={info.getValue()} />,
  }),
  column.accessor("lastSignInAt", {
    header: "Last sign-in",
    cell: (info) => {
      const value = info.getValue();
      return value ? (
        formatRecent(value)
      ) : (
        <Text span size="sm" c="dimmed">
          Never
        </Text>
      );
    },
  }),
  column.accessor("createdAt", { header: "Created", cell: (info) => formatDate(info.getValue()) }),
]);
