import { COHORT_SORTS, CohortStatus, type ListCohortsInput } from "@circle/validators";
import { z } from "zod";
import { DEFAULT_PAGE_SIZE, type ListView, listSearchSchema } from "../../components/data-table/list-state.ts";
import { isIsoDay } from "../../lib/calendar-days.ts";

const isoDay = z.string().refine(isIsoDay).optional().catch(undefined);
const uuid = z.uuid().optional().catch(undefined);

/** The cohorts table's URL: paging, sort, search and every filter, so a view can be shared. */
export const cohortsSearchSchema = listSearchSchema(COHORT_SORTS).extend({
  status: CohortStatus.optional().catch(undefined),
  programId: uuid,
  facilitatorId: uuid,
  startFrom: isoDay,
  startTo: isoDay,
});

export type CohortsSearch = z.infer<typeof cohortsSearchSchema>;
export type CohortFilters = Pick<CohortsSearch, "q" | "status" | "programId" | "facilitatorId" | "startFrom" | "startTo">;

export const NO_COHORT_FILTERS: CohortFilters = {
  q: undefined,
  status: undefined,
  programId: undefined,
  facilitatorId: undefined,
  startFrom: undefined,
  startTo: undefined,
};

export function hasCohortFilters(filters: CohortFilters): boolean {
  return (Object.keys(NO_COHORT_FILTERS) as (keyof CohortFilters)[]).some((key) => Boolean(filters[key]));
}

export function cohortsView(search: CohortsSearch): ListView<(typeof COHORT_SORTS)[number]> {
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE,
    sort: search.sort ?? "startDate",
    desc: search.desc ?? false,
  };
}

export function toListCohortsInput(search: CohortsSearch): ListCohortsInput {
  return {
    ...cohortsView(search),
    q: search.q || undefined,
    status: search.status,
    programId: search.programId,
    facilitatorId: search.facilitatorId,
    startFrom: search.startFrom,
    startTo: search.startTo,
  };
}
