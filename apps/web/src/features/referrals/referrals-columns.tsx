import { Stack, Text } from "@mantine/core";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { createServerColumnHelper } from "../../components/data-table/table-features.ts";
import { formatCalendarDay, formatDate } from "../../lib/format.ts";
import { memberName } from "../../lib/member-name.ts";
import { OverdueBadge, ReferralStatusBadge, ReferralUrgencyBadge } from "./referral-badges.tsx";
import { REFERRAL_CATEGORY_LABELS } from "./referral-labels.ts";
import { referralResourceName } from "./referral-resource-name.ts";
import type { ReferralRow } from "./types.ts";

const column = createServerColumnHelper<ReferralRow>();

// Sortable column ids match REFERRAL_SORTS (followUpOn, createdAt, urgency, status).
export const referralsColumns = column.columns([
  column.display({
    id: "member",
    header: "Member",
    cell: (info) => {
      const row = info.row.original;
      return (
        <Stack gap={0}>
          <AnchorLink to="/referrals/$referralId" params={{ referralId: row.id }} fw={600} size="sm">
            {memberName(row.member)}
          </AnchorLink>
          {row.cohort && (
            <Text size="xs" c="dimmed">
              {row.cohort.name}
            </Text>
          )}
        </Stack>
      );
    },
  }),
  column.accessor("urgency", { header: "Urgency", cell: (info) => <ReferralUrgencyBadge urgency={info.getValue()} /> }),
  column.display({
    id: "resource",
    header: "Referred to",
    cell: (info) => {
      const row = info.row.original;
      return (
        <Stack gap={0}>
          <Text size="sm">{referralResourceName(row)}</Text>
          <Text size="xs" c="dimmed">
            {REFERRAL_CATEGORY_LABELS[row.category]}
          </Text>
        </Stack>
      );
    },
  }),
  column.accessor("status", { header: "Status", cell: (info) => <ReferralStatusBadge status={info.getValue()} /> }),
  column.accessor("followUpOn", {
    header: "Follow up",
    cell: (info) => (
      <Stack gap={2} align="flex-start">
        <Text size="sm">{formatCalendarDay(info.getValue())}</Text>
        {info.row.original.overdue && <OverdueBadge />}
      </Stack>
    ),
  }),
  column.accessor("createdAt", {
    header: "Logged",
    cell: (info) => (
      <Stack gap={0}>
        <Text size="sm">{formatDate(info.getValue())}</Text>
        {info.row.original.createdBy && (
          <Text size="xs" c="dimmed">
            {info.row.original.createdBy.name}
          </Text>
        )}
      </Stack>
    ),
  }),
]);
