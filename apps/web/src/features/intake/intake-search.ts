import type { ListApplicationsInput } from "@circle/validators";
import { APPLICATION_SORTS, APPLICATION_STATUSES } from "@circle/validators/vocabulary";
import { defineListSearch } from "../../lib/list-search/list-search.ts";
import { flag, oneOf, uuid, wholeNumber } from "../../lib/search-params/search-params.ts";

/** The intake queue's URL: paging, sort, search and every filter, so a view can be shared. */
export const intakeList = defineListSearch({
  sorts: APPLICATION_SORTS,
  defaultSort: "submittedAt",
  filters: {
    /** absent: waiting for a decision (the default view); ALL: every status */
    status: oneOf([...APPLICATION_STATUSES, "ALL"]),
    programId: uuid,
    cohortId: uuid,
    flagged: flag,
    olderThanDays: wholeNumber({ min: 0, max: 365 }),
  },
});

export type IntakeSearch = ReturnType<typeof intakeList.schema>;

export function toQueueInput(search: IntakeSearch): ListApplicationsInput {
  const { programId, cohortId, flagged, olderThanDays } = search;
  return {
    ...intakeList.view(search),
    q: search.q || undefined,
    status: search.status === "ALL" ? undefined : (search.status ?? "OPEN"),
    programId,
    cohortId,
    flagged,
    olderThanDays,
  };
}
