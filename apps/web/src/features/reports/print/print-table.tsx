import { Table } from "@mantine/core";
import type { ColumnDef, RowData } from "@tanstack/react-table";
import { useTable } from "@tanstack/react-table";
import { type ServerTableFeatures, serverTableFeatures } from "../../../components/data-table/table-features.ts";

interface PrintTableProps<Row extends RowData> {
  label: string;
  // biome-ignore lint/suspicious/noExplicitAny: columns of one table carry different value types
  columns: ColumnDef<ServerTableFeatures, Row, any>[];
  rows: Row[];
  getRowId: (row: Row) => string;
}

/** Every row of a report's table with the screen's own column definitions; the header repeats on each printed page. */
export function PrintTable<Row extends RowData>({ label, columns, rows, getRowId }: PrintTableProps<Row>) {
  const table = useTable({ features: serverTableFeatures, columns, data: rows, getRowId, manualPagination: true });
  return (
    <Table aria-label={label} verticalSpacing={4} horizontalSpacing={6} fz="xs" withTableBorder withColumnBorders>
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id}>
            {group.headers.map((header) => (
              <Table.Th key={header.id} scope="col">
                <table.FlexRender header={header} />
              </Table.Th>
            ))}
          </Table.Tr>
        ))}
      </Table.Thead>
      <Table.Tbody>
        {table.getRowModel().rows.map((row) => (
          <Table.Tr key={row.id}>
            {row.getAllCells().map((cell) => (
              <Table.Td key={cell.id}>
                <table.FlexRender cell={cell} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
