import { OPEN_APPLICATION_STATUSES } from "@circle/validators";
import { Stack, Text } from "@mantine/core";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { createServerColumnHelper } from "../../components/data-table/table-features.ts";
import { formatDate, formatRecent } from "../../lib/format.ts";
import { memberFullName, preferredNameNote } from "../../lib/member-name.ts";
import { organisationTimeZone } from "../../lib/organisation-zone.ts";
import { ApplicationStatusBadge } from "./application-status-badge.tsx";
import { RecommendationLine } from "./recommendation-line.tsx";
import { RiskFlag } from "./risk-flag.tsx";
import type { ApplicationRow } from "./types.ts";
import { waitingLabel } from "./waiting-days.ts";

const column = createServerColumnHelper<ApplicationRow>();

// Sortable column ids match APPLICATION_SORTS (submittedAt, status); the rest are not sortable.
export const intakeColumns = column.columns([
  column.accessor((row) => memberFullName(row.member), {
    id: "member",
    header: "Applicant",
    enableSorting: false,
    cell: (info) => {
      const note = preferredNameNote(info.row.original.member);
      return (
        <Stack gap={0}>
          <AnchorLink to="/intake/$applicationId" params={{ applicationId: info.row.original.id }} fw={600} size="sm">
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
  column.accessor((row) => row.program.name, {
    id: "program",
    header: "Program and cohort",
    enableSorting: false,
    cell: (info) => (
      <Stack gap={0}>
        <Text size="sm">{info.getValue()}</Text>
        <Text size="xs" c="dimmed">
          {info.row.original.cohort?.name ?? "Any cohort"}
        </Text>
      </Stack>
    ),
  }),
  column.accessor("status", {
    header: "Status",
    cell: (info) => (
      <Stack gap={2} align="flex-start">
        <ApplicationStatusBadge status={info.getValue()} />
        <RecommendationLine application={info.row.original} />
      </Stack>
    ),
  }),
  column.accessor("riskFlagged", {
    id: "risk",
    header: "Risk",
    enableSorting: false,
    cell: (info) => (
      <Stack gap={2} align="flex-start">
        <RiskFlag flagged={info.getValue()} acknowledged={Boolean(info.row.original.riskAcknowledgedAt)} />
        {info.getValue() && !info.row.original.riskAcknowledgedAt && info.row.original._count.riskFlagNotes > 0 && (
          <Text span size="xs" c="red.8" fw={600}>
            Escalated
          </Text>
        )}
      </Stack>
    ),
  }),
  column.accessor("submittedAt", {
    header: "Waiting",
    // How long it has waited, while it still waits for a decision; a decided one shows its date only.
    cell: (info) => (
      <Stack gap={0}>
        {(OPEN_APPLICATION_STATUSES as readonly string[]).includes(info.row.original.status) && (
          <Text span size="sm">
            {waitingLabel(info.getValue(), organisationTimeZone())}
          </Text>
        )}
        <Text span size="xs" c="dimmed">
          {formatDate(info.getValue())}
        </Text>
      </Stack>
    ),
  }),
  column.accessor("interviewAt", {
    header: "Interview",
    enableSorting: false,
    cell: (info) => {
      const value = info.getValue();
      return value ? (
        <Text span size="sm">
          {formatRecent(value)}
        </Text>
      ) : (
        <Text span size="sm" c="dimmed">
          —
        </Text>
      );
    },
  }),
]);
