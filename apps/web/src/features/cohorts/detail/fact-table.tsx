import { Table } from "@mantine/core";
import type { ReactNode } from "react";

/** Label–value rows, the way detail cards list facts. */
export function FactTable({ children, labelWidth = 130 }: { children: ReactNode; labelWidth?: number }) {
  return (
    <Table
      variant="vertical"
      layout="fixed"
      withRowBorders={false}
      verticalSpacing={6}
      style={{ "--label-width": `${labelWidth}px` }}
    >
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w="var(--label-width)" style={{ verticalAlign: "top" }}>
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: "anywhere" }}>{children}</Table.Td>
    </Table.Tr>
  );
}
