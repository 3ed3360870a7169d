import { ColorSwatch, Group, Table, Text } from "@mantine/core";
import { CompactTable } from "../../../components/compact-table.tsx";
import { APPLICATION_STATUS_LABELS, REFERRAL_SOURCE_LABELS } from "../../intake/intake-labels.ts";
import { formatCount, formatDays } from "../report-format.ts";
import type { IntakeReport } from "../types.ts";

export function IntakeProgramsTable({ programs }: { programs: IntakeReport["programs"] }) {
  return (
    <CompactTable
      label="Intake by program"
      headers={[
        "Program",
        "Applications",
        "Screening",
        "Interview",
        "Accepted",
        "Enrolled",
        "Declined",
        "Referred elsewhere",
        "Flagged",
        "Median to decision",
      ]}
      minWidth={900}
    >
      {programs.map((p) => (
        <Table.Tr key={p.programId}>
          <Table.Th scope="row" fw={600}>
            {p.programName}
          </Table.Th>
          <Table.Td>{formatCount(p.submitted)}</Table.Td>
          <Table.Td>{formatCount(p.screened)}</Table.Td>
          <Table.Td>{formatCount(p.interviewed)}</Table.Td>
          <Table.Td>{formatCount(p.accepted)}</Table.Td>
          <Table.Td>{formatCount(p.enrolled)}</Table.Td>
          <Table.Td>{formatCount(p.declined)}</Table.Td>
          <Table.Td>{formatCount(p.referredElsewhere)}</Table.Td>
          <Table.Td>{formatCount(p.riskFlagged)}</Table.Td>
          <Table.Td>{formatDays(p.medianDaysToDecision)}</Table.Td>
        </Table.Tr>
      ))}
    </CompactTable>
  );
}

export function IntakeCountsTable({ report }: { report: IntakeReport }) {
  const rows = [
    ...report.byStatus.map((s) => ({
      key: `status-${s.status}`,
      by: "Status now",
      name: APPLICATION_STATUS_LABELS[s.status],
      count: s.count,
    })),
    ...report.bySource.map((s) => ({
      key: `source-${s.source}`,
      by: "Referral source",
      name: REFERRAL_SOURCE_LABELS[s.source],
      count: s.count,
    })),
  ];
  return (
    <CompactTable label="Applications by status and referral source" headers={["By", "Group", "Applications"]} minWidth={380}>
      {rows.map((row) => (
        <Table.Tr key={row.key}>
          <Table.Td>{row.by}</Table.Td>
          <Table.Td>{row.name}</Table.Td>
          <Table.Td>{formatCount(row.count)}</Table.Td>
        </Table.Tr>
      ))}
    </CompactTable>
  );
}

export function WaitlistsTable({ waitlists }: { waitlists: IntakeReport["waitlists"] }) {
  return (
    <CompactTable label="Waitlists today" headers={["Program", "Cohort", "Waiting", "Offered a seat"]} minWidth={420}>
      {waitlists.map((w) => (
        <Table.Tr key={`${w.programName}-${w.cohortName ?? ""}`}>
          <Table.Td>{w.programName}</Table.Td>
          <Table.Td>{w.cohortName ?? "Any cohort"}</Table.Td>
          <Table.Td>{formatCount(w.waiting)}</Table.Td>
          <Table.Td>{formatCount(w.offered)}</Table.Td>
        </Table.Tr>
      ))}
    </CompactTable>
  );
}

/** The funnel's legend: each stage's colour, name, count and share of the applications. */
export function FunnelStages({ stages }: { stages: { name: string; value: number; color: string }[] }) {
  const applied = stages[0]?.value ?? 0;
  return (
    <ul style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label="Funnel stages">
      {stages.map((stage) => (
        <li key={stage.name}>
          <Group gap="xs" wrap="nowrap" py={2}>
            <ColorSwatch color={`var(--mantine-color-${stage.color.replace(".", "-")})`} size={12} aria-hidden />
            <Text size="sm" fw={600}>
              {formatCount(stage.value)}
            </Text>
            <Text size="sm">{stage.name}</Text>
            {applied > 0 && (
              <Text size="xs" c="dimmed">
                {Math.round((stage.value / applied) * 100)}%
              </Text>
            )}
          </Group>
        </li>
      ))}
    </ul>
  );
}
