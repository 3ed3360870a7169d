import { COHORT_SORTS, CohortStatus, type ListCohortsInput } from "@circle/validators";
import { z } from "zod";
import { isIsoDay } from "../../lib/calendar-days.ts";
import { defineListSearch } from "../../lib/list-search/list-search.ts";

const isoDay = z.string().refine(isIsoDay).optional().catch(undefined);
const uuid = z.uuid().optional().catch(undefined);

/** The cohorts table's URL: paging, sort, search and every filter, so a view can be shared. */
export const cohortsList = defineListSearch({
  sorts: COHORT_SORTS,
  defaultSort: "startDate",
  filters: {
    status: CohortStatus.optional().catch(undefined),
    programId: uuid,
    facilitatorId: uuid,
    startFrom: isoDay,
    startTo: isoDay,
  },
});

export type CohortsSearch = z.infer<typeof cohortsList.schema>;

export function toListCohortsInput(search: CohortsSearch): ListCohortsInput {
  const { status, programId, facilitatorId, startFrom, startTo } = search;
  return { ...cohortsList.view(search), q: search.q || undefined, status, programId, facilitatorId, startFrom, startTo };
}
