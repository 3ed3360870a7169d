import { Table } from "@mantine/core";
import type { ReactNode } from "react";
import classes from "./compact-table.module.css";

/** A small read-only table inside a profile card; scrolls sideways on narrow screens. */
export function CompactTable({
  label,
  headers,
  children,
  minWidth = 560,
}: {
  label: string;
  headers: string[];
  children: ReactNode;
  minWidth?: number;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0}>
      <Table aria-label={label} verticalSpacing="xs" horizontalSpacing="sm" fz="sm" className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header} scope="col">
                {header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
