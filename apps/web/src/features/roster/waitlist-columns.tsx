import { Badge, Stack, Text } from "@mantine/core";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { createServerColumnHelper } from "../../components/data-table/table-features.ts";
import { formatDate, formatDateTime } from "../../lib/format.ts";
import { WAITLIST_STATUS_LABELS } from "../../lib/labels/enrollment-labels.ts";
import { memberName } from "../../lib/member-name.ts";
import type { WaitlistEntry } from "./types.ts";
import { WaitlistActions } from "./waitlist-actions.tsx";

const column = createServerColumnHelper<WaitlistEntry>();

/** The waitlist in its own order; the order is the rule, so nothing here re-sorts it. */
export function waitlistColumns(canAct: boolean) {
  return column.columns([
    column.accessor("position", { header: "Place", enableSorting: false }),
    column.accessor((row) => memberName(row.member), {
      id: "member",
      header: "Member",
      enableSorting: false,
      cell: (info) => (
        <AnchorLink to="/members/$memberId" params={{ memberId: info.row.original.member.id }} fw={600} size="sm">
          {info.getValue()}
        </AnchorLink>
      ),
    }),
    column.accessor("status", {
      header: "Status",
      enableSorting: false,
      cell: (info) => {
        const { status, offerExpiresAt } = info.row.original;
        return (
          <Stack gap={2}>
            <Badge color={status === "OFFERED" ? "green" : "yellow"} variant="light" radius="sm" w="fit-content">
              {WAITLIST_STATUS_LABELS[status]}
            </Badge>
            {status === "OFFERED" && offerExpiresAt && (
              <Text size="xs" c="dimmed">
                Answer by {formatDateTime(offerExpiresAt)}
              </Text>
            )}
          </Stack>
        );
      },
    }),
    column.accessor("createdAt", {
      header: "Waiting since",
      enableSorting: false,
      cell: (info) => formatDate(info.getValue()),
    }),
    ...(canAct
      ? [
          column.display({
            id: "actions",
            header: "Actions",
            cell: (info) => <WaitlistActions entry={info.row.original} />,
          }),
        ]
      : []),
  ]);
}
