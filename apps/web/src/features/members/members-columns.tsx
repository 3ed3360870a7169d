import { Stack, Text } from "@mantine/core";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { createServerColumnHelper } from "../../components/data-table/table-features.ts";
import { formatDate } from "../../lib/format.ts";
import { memberFullName, preferredNameNote } from "../../lib/member-name.ts";
import type { MemberRow } from "./types.ts";

const column = createServerColumnHelper<MemberRow>();

const none = (text: string) => (
  <Text span size="sm" c="dimmed">
    {text}
  </Text>
);

// Sortable column ids match MEMBER_SORTS (lastName, firstName, createdAt).
export const membersColumns = column.columns([
  column.accessor((row) => memberFullName(row), {
    id: "lastName",
    header: "Name",
    cell: (info) => {
      const note = preferredNameNote(info.row.original);
      return (
        <Stack gap={0}>
          <AnchorLink to="/members/$memberId" params={{ memberId: info.row.original.id }} fw={600} size="sm">
            {info.getValue()}
          </AnchorLink>
          {note && (
            <Text size="xs" c="dimmed">
              {note}
            </Text>
          )}
        </Stack>
      );
    },
  }),
  column.accessor("pronouns", { header: "Pronouns", enableSorting: false, cell: (info) => info.getValue() ?? none("—") }),
  column.display({
    id: "contact",
    header: "Contact",
    cell: (info) => {
      const { email, phone } = info.row.original;
      if (!email && !phone) return none("None on record");
      return (
        <Stack gap={0}>
          {email && (
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {email}
            </Text>
          )}
          {phone && (
            <Text size="sm" c={email ? "dimmed" : undefined}>
              {phone}
            </Text>
          )}
        </Stack>
      );
    },
  }),
  column.accessor((row) => row.enrollments.map((enrollment) => enrollment.cohort.name), {
    id: "cohorts",
    header: "Current cohorts",
    enableSorting: false,
    cell: (info) => {
      const names = info.getValue();
      return names.length > 0 ? (
        <Stack gap={0}>
          {names.map((name) => (
            <Text key={name} size="sm">
              {name}
            </Text>
          ))}
        </Stack>
      ) : (
        none("None")
      );
    },
  }),
  column.accessor("createdAt", { header: "On record since", cell: (info) => formatDate(info.getValue()) }),
]);
