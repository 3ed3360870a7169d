import { formatTotal } from "../../lib/format-total.ts";

interface PagerInput {
  page: number;
  pageSize: number;
  total: number;
  /** the server stopped counting at `total`: more rows follow (see `Page` in @circle/validators) */
  totalIsAtLeast?: boolean;
}

/**
 * What the pager shows: "26–50 of 132", or "26–50 of 500+" when the server counted only so far,
 * and how many pages it offers; past a lower-bound total there is always one more page, so the
 * user can keep paging forward while rows keep coming.
 */
export function pagerFigures({ page, pageSize, total, totalIsAtLeast }: PagerInput) {
  const pageCount = Math.max(1, totalIsAtLeast ? Math.floor(total / pageSize) + 1 : Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const count = formatTotal({ total, totalIsAtLeast });
  return { pageCount, showing: first <= total ? `${first}–${last} of ${count}` : `${count} in all` };
}
