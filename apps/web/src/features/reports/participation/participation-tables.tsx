import { Table } from "@mantine/core";
import { CompactTable } from "../../../components/compact-table.tsx";
import { GROUP_TYPE_LABELS } from "../../programs/program-labels.ts";
import { formatCount, formatRate } from "../report-format.ts";
import type { ParticipationReport } from "../types.ts";

type Row = ParticipationReport["rows"][number];

const HEADERS = [
  "People served",
  "New enrollments",
  "Completions",
  "Not completed",
  "Withdrawals",
  "Drops",
  "Retention",
  "Completion rate",
];

function groupName(row: Row): string {
  if (row.by === "program") return row.programName;
  if (row.by === "groupType") return GROUP_TYPE_LABELS[row.groupType];
  return row.language;
}

/** One breakdown (by program, group type or language): each group's people counted once within it. */
export function ParticipationTable({ label, first, rows }: { label: string; first: string; rows: Row[] }) {
  return (
    <CompactTable label={label} headers={[first, ...HEADERS]} minWidth={860}>
      {rows.map((row) => (
        <Table.Tr key={`${row.by}-${groupName(row)}`}>
          <Table.Th scope="row" fw={600}>
            {groupName(row)}
          </Table.Th>
          <Table.Td>{formatCount(row.peopleServed)}</Table.Td>
          <Table.Td>{formatCount(row.newEnrollments)}</Table.Td>
          <Table.Td>{formatCount(row.completions)}</Table.Td>
          <Table.Td>{formatCount(row.notCompleted)}</Table.Td>
          <Table.Td>{formatCount(row.withdrawals)}</Table.Td>
          <Table.Td>{formatCount(row.drops)}</Table.Td>
          <Table.Td>{formatRate(row.retentionRate)}</Table.Td>
          <Table.Td>{formatRate(row.completionRate)}</Table.Td>
        </Table.Tr>
      ))}
    </CompactTable>
  );
}

/** Why enrollments ended early, as counts. */
export function EndReasonsTable({ reasons }: { reasons: ParticipationReport["endReasons"] }) {
  return (
    <CompactTable label="Reasons for leaving early" headers={["Ended as", "Reason", "Enrollments"]} minWidth={420}>
      {reasons.map((reason) => (
        <Table.Tr key={`${reason.status}-${reason.reason}`}>
          <Table.Td>{reason.status === "WITHDREW" ? "Withdrew" : "Dropped"}</Table.Td>
          <Table.Td>{reason.reason}</Table.Td>
          <Table.Td>{formatCount(reason.count)}</Table.Td>
        </Table.Tr>
      ))}
    </CompactTable>
  );
}
