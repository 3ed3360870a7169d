import type { ReportFilters } from "@circle/validators";
import { getRouteApi } from "@tanstack/react-router";
import { filtersOf, pageOf, searchOf } from "./report-search.ts";

const route = getRouteApi("/app/reports");

/** The open report's filters and table page, read from and written to the URL. */
export function useReportSearch() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return {
    filters: filtersOf(search),
    page: pageOf(search),
    // New filters are a new result: back to the table's first page.
    setFilters: (filters: ReportFilters) => void navigate({ to: ".", search: searchOf(filters) }),
    setPage: (change: { page?: number; pageSize?: number }) =>
      void navigate({
        to: ".",
        search: (previous) => ({ ...previous, page: change.page === 1 ? undefined : change.page, pageSize: change.pageSize }),
      }),
  };
}
