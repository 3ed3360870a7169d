import type { ReportFilters, ReportKind } from "@circle/validators";
import { DELIVERIES, GROUP_TYPES } from "@circle/validators/vocabulary";
import { DEFAULT_PAGE_SIZE } from "../../lib/list-search/list-search.ts";
import { flag, isoDay, oneOf, searchParams, uuid, wholeNumber } from "../../lib/search-params/search-params.ts";
import { defaultPeriod } from "./report-period.ts";

/**
 * A report's URL: its filters and the page of its table. The period defaults to this quarter and
 * is left out of the address until someone changes it; a bad hand-edited value falls back.
 */
export const reportSearchSchema = searchParams({
  from: isoDay,
  to: isoDay,
  programId: uuid,
  cohortId: uuid,
  facilitatorId: uuid,
  groupType: oneOf(GROUP_TYPES),
  delivery: oneOf(DELIVERIES),
  byLanguage: flag,
  page: wholeNumber({ min: 1 }),
  pageSize: wholeNumber(),
});

export type ReportSearch = ReturnType<typeof reportSearchSchema>;

/** The filters a report runs with: the URL's, with the default period filled in. */
export function filtersOf(search: ReportSearch): ReportFilters {
  const period = defaultPeriod();
  return {
    from: search.from ?? period.from,
    to: search.to ?? period.to,
    programId: search.programId,
    cohortId: search.cohortId,
    facilitatorId: search.facilitatorId,
    groupType: search.groupType,
    delivery: search.delivery,
    byLanguage: search.byLanguage || undefined,
  };
}

/** A view's filters as the URL holds them: defaults left out. */
export function searchOf(filters: ReportFilters): ReportSearch {
  const period = defaultPeriod();
  const isDefault = filters.from === period.from && filters.to === period.to;
  return {
    from: isDefault ? undefined : filters.from,
    to: isDefault ? undefined : filters.to,
    programId: filters.programId,
    cohortId: filters.cohortId,
    facilitatorId: filters.facilitatorId,
    groupType: filters.groupType,
    delivery: filters.delivery,
    byLanguage: filters.byLanguage || undefined,
  };
}

export function pageOf(search: ReportSearch) {
  return { page: search.page ?? 1, pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE };
}

/** The address of a report's CSV on the server, with its filters. */
export function exportHref(report: ReportKind, filters: ReportFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) params.set(key, String(value));
  return `/exports/${report}.csv?${params}`;
}
