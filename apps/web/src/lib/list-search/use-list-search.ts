import { useNavigate } from "@tanstack/react-router";
import type { ListSearchDefinition, ListView } from "./list-search.ts";

/**
 * A list page's state, kept in its URL (so a view can be bookmarked and shared), with the
 * defaults left out of the address. Give it the page's route and the list's definition
 * (`defineListSearch` in the feature's `*-search.ts`, whose `schema` is the route's
 * `validateSearch`):
 *
 * ```tsx
 * const route = getRouteApi("/app/people/");
 * const list = useListSearch(route, peopleList);
 * const people = useQuery(trpc.users.list.queryOptions(toListUsersInput(list.search)));
 * <PeopleFilters search={list.search} onChange={list.changeFilters} />
 * <DataTable view={list.view} onViewChange={list.changeView} … empty={<Empty filtered={list.filtered} onClear={list.clearFilters} />} />
 * ```
 */
export function useListSearch<Search, Sort extends string>(
  route: { useSearch: () => Search },
  list: ListSearchDefinition<Search, Sort>,
) {
  const search = route.useSearch();
  const navigate = useNavigate();
  const update = (change: (previous: Search) => Search) =>
    void navigate({
      to: ".",
      // The route's own schema has typed `previous`; this hook serves every list route.
      search: ((previous: Search) => list.withoutDefaults(change(previous))) as never,
    });

  return {
    search,
    view: list.view(search),
    filtered: list.isFiltered(search),
    /** a new page, page size or sort (the table starts a new sort at page 1 itself) */
    changeView: (change: Partial<ListView>) => update((previous) => ({ ...previous, ...change })),
    /** a new filter means a new result set: it starts again at its first page */
    changeFilters: (filters: Partial<Search>) => update((previous) => ({ ...previous, ...filters, page: undefined })),
    clearFilters: () => update((previous) => ({ ...previous, ...list.noFilters, page: undefined })),
  };
}
