import { PAGE_SIZES } from "@circle/validators/vocabulary";
import {
  flag,
  oneOf,
  oneOfNumbers,
  type SearchOf,
  type SearchParam,
  searchParams,
  text,
  wholeNumber,
} from "../search-params/search-params.ts";

/** The view a table shows once the URL's defaults are filled in. */
export interface ListView<Sort extends string = string> {
  page: number;
  pageSize: number;
  sort: Sort;
  desc: boolean;
}

export const DEFAULT_PAGE_SIZE = 25;

type Sorts = readonly [string, ...string[]];

/** The part of every list's URL that `pagingParams` reads. */
interface PagingSearch<Sort extends string> {
  page?: number;
  pageSize?: number;
  sort?: Sort;
  desc?: boolean;
  q?: string;
}

/**
 * Paging and sorting as they sit in a list page's URL. Every value is optional so a plain
 * address shows the default view, and a hand-edited bad value falls back instead of failing.
 */
function pagingParams<const Sort extends Sorts>(sorts: Sort) {
  return {
    page: wholeNumber({ min: 1 }),
    pageSize: oneOfNumbers(PAGE_SIZES),
    sort: oneOf(sorts),
    desc: flag,
    // A typed-in ?q=2026 arrives as a number; a search is always text.
    q: text(100),
  };
}

type Filters = Record<string, SearchParam<unknown>>;

/**
 * One list page's URL state: which sorts it offers, its default sort and its filters (search
 * param readers, which fall back to `undefined` on a bad value). The search box `q` is always a filter.
 *
 * ```ts
 * export const peopleList = defineListSearch({
 *   sorts: USER_SORTS,
 *   defaultSort: "name",
 *   filters: { role: oneOf(ROLES) },
 * });
 * // route:  validateSearch: peopleList.schema
 * // query:  { ...peopleList.view(search), q: search.q, role: search.role }
 * // page:   const list = useListSearch(route, peopleList);
 * ```
 */
export function defineListSearch<const Sort extends Sorts, const F extends Filters = Record<never, never>>(options: {
  sorts: Sort;
  defaultSort: Sort[number];
  filters?: F;
}) {
  const shape = { ...pagingParams(options.sorts), ...options.filters } as ReturnType<typeof pagingParams<Sort>> & F;
  const schema = searchParams(shape);
  type Search = SearchOf<typeof shape>;
  const filterKeys = ["q", ...Object.keys(options.filters ?? {})] as (keyof Search & string)[];

  return {
    schema,
    filterKeys,
    /** the table's view: the URL's paging and sort with the defaults filled in */
    view(search: Search): ListView<Sort[number]> {
      const paging = search as PagingSearch<Sort[number]>;
      return {
        page: paging.page ?? 1,
        pageSize: paging.pageSize ?? DEFAULT_PAGE_SIZE,
        sort: paging.sort ?? options.defaultSort,
        desc: paging.desc ?? false,
      };
    },
    /** true when any filter (the search box included) narrows the list */
    isFiltered(search: Search): boolean {
      return filterKeys.some((key) => search[key] !== undefined && search[key] !== "");
    },
    /** Keeps the address short: values equal to the default view are left out. */
    withoutDefaults(search: Search): Search {
      const short: Record<string, unknown> = { ...search };
      if (short.page === 1) short.page = undefined;
      if (short.pageSize === DEFAULT_PAGE_SIZE) short.pageSize = undefined;
      if (short.sort === options.defaultSort) short.sort = undefined;
      if (!short.desc) short.desc = undefined;
      if (!short.q) short.q = undefined;
      return short as Search;
    },
    /** every filter cleared */
    noFilters: Object.fromEntries(filterKeys.map((key) => [key, undefined])) as Partial<Search>,
  };
}

export type ListSearchDefinition<Search, Sort extends string = string> = {
  schema: (search: Record<string, unknown>) => Search;
  filterKeys: (keyof Search & string)[];
  view: (search: Search) => ListView<Sort>;
  isFiltered: (search: Search) => boolean;
  withoutDefaults: (search: Search) => Search;
  noFilters: Partial<Search>;
};
