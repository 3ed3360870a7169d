import type { Page, PageInput } from "@circle/validators";

/**
 * Prisma's arguments for one 1-based page. A page loads its rows' relations by separate queries
 * for just those rows: joined in one statement (Prisma's default here), PostgreSQL joins every
 * matching row before the sort and the limit (the intake queue took 64 ms instead of 1).
 */
export interface PageWindow {
  skip: number;
  take: number;
  relationLoadStrategy: "query";
}

export function pageWindow(input: Pick<PageInput, "page" | "pageSize">): PageWindow {
  return { skip: (input.page - 1) * input.pageSize, take: input.pageSize, relationLoadStrategy: "query" };
}

/**
 * A page's rows in two statements whatever relations they carry: the page's ids first (filters,
 * sort and limit on the table alone, see above), then just those rows, their relations joined in
 * one statement (`load`, given the ids), put back in the page's order. Loaded one statement per
 * relation instead, every statement costs the server about a quarter of a millisecond of its own
 * work, several times what PostgreSQL spends answering it.
 */
export async function rowsOfPage<Row extends { id: string }>(
  page: { id: string }[],
  load: (ids: string[]) => Promise<Row[]>,
): Promise<Row[]> {
  // (an empty page still sends its statement: a request's statements stay the same whatever the
  // data, which the statement-count test relies on)
  const byId = new Map((await load(page.map((p) => p.id))).map((row) => [row.id, row]));
  return page.flatMap(({ id }) => byId.get(id) ?? []);
}

/**
 * How far a long list counts its matches (further when a later page is shown): the members and
 * the referrals. A two-letter member search ("an") matches a quarter of 10,000
 * people: counting them all took the database 9 ms, counting to 500 2.4 ms; at ten times that
 * organisation, counting the 12,800 open referrals took 13.6 ms. Nobody pages through 500 rows.
 */
export const LIST_COUNT_CAP = 500;

/**
 * A list's total for when counting every match costs more than showing the page (a search over
 * thousands of people): `count` counts at most the given number of rows, e.g. Prisma's
 * `count({ where, take })`. It counts to `cap` or to one row past the page shown, whichever is
 * further, so a lower-bound total (`totalIsAtLeast`) always means that another page follows.
 */
export async function boundedTotal(
  input: Pick<PageInput, "page" | "pageSize">,
  cap: number,
  count: (atMost: number) => Promise<number>,
): Promise<Pick<Page<unknown>, "total" | "totalIsAtLeast">> {
  const { skip, take } = pageWindow(input);
  const bound = Math.max(cap, skip + take);
  return totalCountedTo(bound, await count(bound + 1));
}

/**
 * A total from counting up to one row past `bound`: exact, or `bound` as a lower bound when that
 * row was found (so exactly `bound` rows still read as exact).
 */
export function totalCountedTo(bound: number, counted: number): Pick<Page<unknown>, "total" | "totalIsAtLeast"> {
  return counted > bound ? { total: bound, totalIsAtLeast: true } : { total: counted };
}

/** For `load` above: the rows' relations joined into their one statement. */
export const JOINED = { relationLoadStrategy: "join" } as const;

interface RowSource<Row> {
  /** how many rows there are, or at most `atMost` of them when given */
  count: (atMost?: number) => Promise<number>;
  rows: (window: PageWindow) => Promise<Row[]>;
}

/**
 * One page over two lists shown as one: every pinned row (open emergencies, crisis lines)
 * before the rest, whatever the sort, with a single total. With `restCountCap` the rest is
 * counted as `boundedTotal` counts (pinned rows are few and always counted).
 */
export async function pinnedFirstPage<Row>(
  input: Pick<PageInput, "page" | "pageSize">,
  pinned: RowSource<Row>,
  rest: RowSource<Row>,
  restCountCap?: number,
): Promise<{ rows: Row[] } & Pick<Page<unknown>, "total" | "totalIsAtLeast">> {
  const window = pageWindow(input);
  const { skip, take } = window;
  const restBound = restCountCap === undefined ? undefined : Math.max(restCountCap, skip + take);
  const [pinnedCount, restCounted] = await Promise.all([
    pinned.count(),
    restBound === undefined ? rest.count() : rest.count(restBound + 1),
  ]);
  const restTotal = restBound === undefined ? { total: restCounted } : totalCountedTo(restBound, restCounted);
  const pinnedTake = Math.max(0, Math.min(pinnedCount - skip, take));
  const restTake = take - pinnedTake;
  const [pinnedRows, restRows] = await Promise.all([
    pinnedTake > 0 ? pinned.rows({ ...window, take: pinnedTake }) : [],
    restTake > 0 ? rest.rows({ ...window, skip: Math.max(0, skip - pinnedCount), take: restTake }) : [],
  ]);
  return { rows: [...pinnedRows, ...restRows], ...restTotal, total: pinnedCount + restTotal.total };
}
