import { Badge, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { createServerColumnHelper } from "../../components/data-table/table-features.ts";
import { formatCalendarDay, formatDate } from "../../lib/format.ts";
import { ENROLLMENT_STATUS_COLORS, ENROLLMENT_STATUS_LABELS } from "../../lib/labels/enrollment-labels.ts";
import { memberName, preferredNameNote } from "../../lib/member-name.ts";
import { formatRate } from "../attendance/attendance-labels.ts";
import type { RosterEntry } from "./types.ts";

const column = createServerColumnHelper<RosterEntry>();

export const ROSTER_SORTS = ["name", "status", "enrolledAt", "rate", "absences"] as const;
export type RosterSort = (typeof ROSTER_SORTS)[number];

/** Sort keys for the roster, which arrives whole and is sorted here. */
export const ROSTER_SORT_VALUES: Record<RosterSort, (row: RosterEntry) => string | number> = {
  name: (row) => `${row.member.lastName} ${row.member.firstName}`.toLowerCase(),
  status: (row) => row.status,
  enrolledAt: (row) => row.enrolledAt.getTime(),
  // members with nothing counted yet sort below every rate
  rate: (row) => row.progress?.rate ?? -1,
  absences: (row) => row.progress?.consecutiveAbsences ?? 0,
};

/** Names link to member pages only for those who may open them (not reporting staff). */
export function rosterColumns(linkMembers: boolean) {
  return column.columns([
    column.accessor((row) => memberName(row.member), {
      id: "name",
      header: "Member",
      cell: (info) => {
        const { member } = info.row.original;
        const note = preferredNameNote(member);
        return (
          <Stack gap={0}>
            {linkMembers ? (
              <AnchorLink to="/members/$memberId" params={{ memberId: member.id }} fw={600} size="sm">
                {info.getValue()}
              </AnchorLink>
            ) : (
              <Text size="sm" fw={600}>
                {info.getValue()}
              </Text>
            )}
            {(member.pronouns || note) && (
              <Text size="xs" c="dimmed">
                {[member.pronouns, note].filter(Boolean).join(" · ")}
              </Text>
            )}
          </Stack>
        );
      },
    }),
    column.accessor("status", {
      header: "Status",
      cell: (info) => (
        <Badge color={ENROLLMENT_STATUS_COLORS[info.getValue()]} variant="light" radius="sm">
          {ENROLLMENT_STATUS_LABELS[info.getValue()]}
        </Badge>
      ),
    }),
    column.accessor("enrolledAt", { header: "Enrolled", cell: (info) => formatDate(info.getValue()) }),
    column.accessor((row) => row.progress?.rate ?? null, {
      id: "rate",
      header: "Attendance",
      cell: (info) => {
        const progress = info.row.original.progress;
        if (!progress || progress.held === 0) return "—";
        return (
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {formatRate(progress.rate)}
            </Text>
            <Text size="xs" c="dimmed">
              {progress.attended} of {progress.held} held{progress.excused > 0 ? `, ${progress.excused} excused` : ""}
            </Text>
          </Stack>
        );
      },
    }),
    column.accessor((row) => row.progress?.consecutiveAbsences ?? 0, {
      id: "absences",
      header: "Absences in a row",
      cell: (info) => {
        const progress = info.row.original.progress;
        return (
          <Group gap={6} wrap="wrap">
            <Text span size="sm">
              {info.getValue()}
            </Text>
            {progress?.needsFollowUp && (
              <Badge size="sm" color="grape.9" radius="sm">
                Follow up
              </Badge>
            )}
            {progress?.atRisk && (
              <Badge size="sm" color="red.9" radius="sm">
                At risk
              </Badge>
            )}
          </Group>
        );
      },
    }),
    column.accessor("consentCurrent", {
      id: "consent",
      header: "Consent",
      enableSorting: false,
      cell: (info) =>
        info.getValue() ? (
          <Group gap={4} wrap="nowrap" c="green.8">
            <IconCircleCheck size={16} aria-hidden />
            <Text span size="sm">
              Current
            </Text>
          </Group>
        ) : (
          <Group gap={4} wrap="nowrap" c="var(--circle-warning-text)">
            <IconAlertTriangle size={16} aria-hidden />
            <Text span size="sm" fw={600}>
              Not current
            </Text>
          </Group>
        ),
    }),
    column.accessor("endedOn", {
      id: "ended",
      header: "Ended",
      enableSorting: false,
      cell: (info) => {
        const { endedOn, endReason } = info.row.original;
        if (!endedOn) return "—";
        return (
          <Stack gap={0}>
            <Text size="sm">{formatCalendarDay(endedOn)}</Text>
            {endReason && (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {endReason}
              </Text>
            )}
          </Stack>
        );
      },
    }),
  ]);
}
