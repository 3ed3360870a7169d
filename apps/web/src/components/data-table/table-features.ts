import { createColumnHelper, type RowData, rowPaginationFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";

// The server sorts and pages every list (it may hold thousands of rows); the table only keeps
// the state and the header/pager APIs, so no client row models are registered.
export const serverTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });

export type ServerTableFeatures = typeof serverTableFeatures;

export function createServerColumnHelper<Row extends RowData>() {
  return createColumnHelper<ServerTableFeatures, Row>();
}
