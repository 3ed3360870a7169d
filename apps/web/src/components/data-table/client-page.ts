import type { Page } from "@circle/validators";
import type { ListView } from "../../lib/list-search/list-search.ts";

/**
 * A page of a short list the server returns whole (consent documents, a roster), cut and
 * sorted here so it fits the same table and URL state as the server-paginated lists.
 */
export function clientPage<Row, Sort extends string>(
  rows: Row[] | undefined,
  view: ListView<Sort>,
  sortValue: Record<Sort, (row: Row) => string | number>,
): Page<Row> | undefined {
  if (!rows) return undefined;
  const keyOf = sortValue[view.sort];
  const sorted = [...rows].sort((a, b) => {
    const x = keyOf(a);
    const y = keyOf(b);
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return view.desc ? -order : order;
  });
  const start = (view.page - 1) * view.pageSize;
  return { rows: sorted.slice(start, start + view.pageSize), total: rows.length, page: view.page, pageSize: view.pageSize };
}
