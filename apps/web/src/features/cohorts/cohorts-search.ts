import type { ListCohortsInput } from "@circle/validators";
import { COHORT_SORTS, COHORT_STATUSES } from "@circle/validators/vocabulary";
import { defineListSearch } from "../../lib/list-search/list-search.ts";
import { isoDay, oneOf, uuid } from "../../lib/search-params/search-params.ts";

/** The cohorts table's URL: paging, sort, search and every filter, so a view can be shared. */
export const cohortsList = defineListSearch({
  sorts: COHORT_SORTS,
  defaultSort: "startDate",
  filters: {
    status: oneOf(COHORT_STATUSES),
    programId: uuid,
    facilitatorId: uuid,
    startFrom: isoDay,
    startTo: isoDay,
  },
});

export type CohortsSearch = ReturnType<typeof cohortsList.schema>;

export function toListCohortsInput(search: CohortsSearch): ListCohortsInput {
  const { status, programId, facilitatorId, startFrom, startTo } = search;
  return { ...cohortsList.view(search), q: search.q || undefined, status, programId, facilitatorId, startFrom, startTo };
}
