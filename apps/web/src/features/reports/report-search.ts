import { DELIVERIES, GROUP_TYPES, type ReportFilters, type ReportKind } from "@circle/validators";
import { z } from "zod";
import { isIsoDay } from "../../lib/calendar-days.ts";
import { DEFAULT_PAGE_SIZE } from "../../lib/list-search/list-search.ts";
import { defaultPeriod } from "./report-period.ts";

const isoDay = z.string().refine(isIsoDay).optional().catch(undefined);
const uuid = z.uuid().optional().catch(undefined);

/**
 * A report's URL: its filters and the page of its table. The period defaults to this quarter and
 * is left out of the address until someone changes it; a bad hand-edited value falls back.
 */
export const reportSearchSchema = z.object({
  from: isoDay,
  to: isoDay,
  programId: uuid,
  cohortId: uuid,
  facilitatorId: uuid,
  groupType: z.enum(GROUP_TYPES).optional().catch(undefined),
  delivery: z.enum(DELIVERIES).optional().catch(undefined),
  byLanguage: z.boolean().optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
  pageSize: z.number().int().optional().catch(undefined),
});

export type ReportSearch = z.infer<typeof reportSearchSchema>;

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
