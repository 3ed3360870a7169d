import { type InvalidateQueryFilters, useQueryClient } from "@tanstack/react-query";

/** A tRPC router of the options proxy (`trpc.cohorts`): its `pathFilter()` matches all its queries. */
export interface RefreshableRouter {
  pathFilter: () => InvalidateQueryFilters;
}

/**
 * After a change: refetch every query of the routers it touches (`refresh(trpc.cohorts,
 * trpc.sessions)`), rather than a hand-kept list of keys that a new query would be missing from.
 */
export function useRefresh() {
  const queryClient = useQueryClient();
  return (...routers: RefreshableRouter[]) =>
    Promise.all(routers.map((router) => queryClient.invalidateQueries(router.pathFilter()))).then(() => undefined);
}
