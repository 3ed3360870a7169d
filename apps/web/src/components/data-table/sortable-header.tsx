import { Group, Table, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowsSort, IconArrowUp } from "@tabler/icons-react";
import type { Header, RowData } from "@tanstack/react-table";
import type { ReactNode } from "react";
import classes from "./sortable-header.module.css";
import type { ServerTableFeatures } from "./table-features.ts";

interface SortableHeaderProps<Row extends RowData> {
  header: Header<ServerTableFeatures, Row, unknown>;
  children: ReactNode;
}

/** A column header; sortable ones are buttons and announce their order through aria-sort. */
export function SortableHeader<Row extends RowData>({ header, children }: SortableHeaderProps<Row>) {
  const column = header.column;
  if (header.isPlaceholder || !column.getCanSort()) {
    return (
      <Table.Th colSpan={header.colSpan} scope="col">
        {children}
      </Table.Th>
    );
  }
  const sorted = column.getIsSorted();
  const Icon = sorted === "asc" ? IconArrowUp : sorted === "desc" ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th
      colSpan={header.colSpan}
      scope="col"
      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
    >
      <UnstyledButton className={classes.button} onClick={column.getToggleSortingHandler()} data-sorted={sorted || undefined}>
        <Group gap={4} wrap="nowrap">
          <span>{children}</span>
          <Icon size={14} stroke={2} aria-hidden className={classes.icon} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
