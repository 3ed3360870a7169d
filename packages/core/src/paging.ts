import type { PageInput } from "@circle/validators";

/** Prisma skip/take for a 1-based page. */
export function pageWindow(input: Pick<PageInput, "page" | "pageSize">): { skip: number; take: number } {
  return { skip: (input.page - 1) * input.pageSize, take: input.pageSize };
}

interface RowSource<Row> {
  count: () => Promise<number>;
  rows: (window: { skip: number; take: number }) => Promise<Row[]>;
}

/**
 * One page over two lists shown as one: every pinned row (open emergencies, crisis lines)
 * before the rest, whatever the sort, with a single total.
 */
export async function pinnedFirstPage<Row>(
  input: Pick<PageInput, "page" | "pageSize">,
  pinned: RowSource<Row>,
  rest: RowSource<Row>,
): Promise<{ rows: Row[]; total: number }> {
  const [pinnedCount, restCount] = await Promise.all([pinned.count(), rest.count()]);
  const { skip, take } = pageWindow(input);
  const pinnedTake = Math.max(0, Math.min(pinnedCount - skip, take));
  const restTake = take - pinnedTake;
  const [pinnedRows, restRows] = await Promise.all([
    pinnedTake > 0 ? pinned.rows({ skip, take: pinnedTake }) : [],
    restTake > 0 ? rest.rows({ skip: Math.max(0, skip - pinnedCount), take: restTake }) : [],
  ]);
  return { rows: [...pinnedRows, ...restRows], total: pinnedCount + restCount };
}
