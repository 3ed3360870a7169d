import type { Page } from "@circle/validators";
import { Box, Button, Paper, Stack, Table, Text } from "@mantine/core";
import {
  type ColumnDef,
  functionalUpdate,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
  useTable,
} from "@tanstack/react-table";
import { type ReactNode, useMemo } from "react";
import type { ListView } from "../../lib/list-search/list-search.ts";
import { ErrorState } from "../error-state.tsx";
import classes from "./data-table.module.css";
import { SkeletonRows } from "./skeleton-rows.tsx";
import { SortableHeader } from "./sortable-header.tsx";
import { type ServerTableFeatures, serverTableFeatures } from "./table-features.ts";
import { TablePager } from "./table-pager.tsx";

export interface DataTableProps<Row extends RowData> {
  /** names the table for screen readers, e.g. "People" */
  label: string;
  // biome-ignore lint/suspicious/noExplicitAny: columns of one table carry different value types
  columns: ColumnDef<ServerTableFeatures, Row, any>[];
  /** the server's page; undefined until the first answer arrives */
  page: Page<Row> | undefined;
  view: ListView;
  /** a new sort or page size starts again at page 1 */
  onViewChange: (change: Partial<ListView>) => void;
  getRowId: (row: Row) => string;
  /** mouse shortcut for opening a row; each row must also hold a real link for keyboards */
  onRowClick?: (row: Row) => void;
  isFetching?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** shown instead of rows when the page is empty */
  empty: ReactNode;
  minWidth?: number;
}

const NO_ROWS: never[] = [];

/** A server-paginated, server-sorted table whose state is the page's URL. */
export function DataTable<Row extends RowData>(props: DataTableProps<Row>) {
  const { label, columns, page, view, onViewChange, getRowId, onRowClick, isFetching, error, onRetry, empty } = props;

  const sorting = useMemo<SortingState>(() => [{ id: view.sort, desc: view.desc }], [view.sort, view.desc]);
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: view.page - 1, pageSize: view.pageSize }),
    [view.page, view.pageSize],
  );

  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: page?.rows ?? NO_ROWS,
    getRowId,
    rowCount: page?.total ?? 0,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, pagination },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      if (next) onViewChange({ sort: next.id, desc: next.desc, page: 1 });
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      onViewChange({ page: next.pageIndex + 1, pageSize: next.pageSize });
    },
  });

  const columnCount = table.getAllLeafColumns().length;
  const loading = !page && !error;
  const rows = table.getRowModel().rows;

  if (error && !page) return <ErrorState title={`${label} could not be loaded`} error={error} onRetry={onRetry} />;

  return (
    <Box>
      {error !== undefined && error !== null && page && (
        <Box mb="sm">
          <ErrorState title="The latest changes could not be loaded" error={error} onRetry={onRetry} />
        </Box>
      )}
      <Paper withBorder className={classes.frame}>
        <Table.ScrollContainer minWidth={props.minWidth ?? 720} type="native" tabIndex={0}>
          <Table
            aria-label={label}
            aria-busy={loading || isFetching}
            highlightOnHover={Boolean(onRowClick) && rows.length > 0}
            verticalSpacing="sm"
            horizontalSpacing="md"
            className={isFetching && !loading ? classes.refreshing : undefined}
          >
            <Table.Thead className={classes.head}>
              {table.getHeaderGroups().map((group) => (
                <Table.Tr key={group.id}>
                  {group.headers.map((header) => (
                    <SortableHeader key={header.id} header={header}>
                      {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                    </SortableHeader>
                  ))}
                </Table.Tr>
              ))}
            </Table.Thead>
            <Table.Tbody>
              {loading && <SkeletonRows rows={Math.min(view.pageSize, 10)} columns={columnCount} />}
              {!loading && rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={columnCount}>
                    {page && page.total > 0 ? <PastTheEnd onFirstPage={() => onViewChange({ page: 1 })} /> : empty}
                  </Table.Td>
                </Table.Tr>
              )}
              {rows.map((row) => (
                <Table.Tr
                  key={row.id}
                  className={onRowClick ? classes.clickableRow : undefined}
                  onClick={
                    onRowClick
                      ? (event) => {
                          // Let links and buttons inside the row do their own thing.
                          if ((event.target as HTMLElement).closest("a, button, input")) return;
                          onRowClick(row.original);
                        }
                      : undefined
                  }
                >
                  {row.getAllCells().map((cell) => (
                    <Table.Td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {page && page.total > 0 && (
        <TablePager
          page={view.page}
          pageSize={view.pageSize}
          total={page.total}
          totalIsAtLeast={page.totalIsAtLeast}
          onPageChange={(next) => table.setPageIndex(next - 1)}
          onPageSizeChange={(size) => onViewChange({ pageSize: size, page: 1 })}
        />
      )}
    </Box>
  );
}

/** A bookmarked page number that the list no longer reaches (rows were removed since). */
function PastTheEnd({ onFirstPage }: { onFirstPage: () => void }) {
  return (
    <Stack align="center" gap="sm" py="xl">
      <Text c="dimmed">This page is past the end of the list.</Text>
      <Button variant="default" onClick={onFirstPage}>
        Go to the first page
      </Button>
    </Stack>
  );
}
