import { APPLICATION_SORTS, ApplicationStatus, type ListApplicationsInput } from "@circle/validators";
import { z } from "zod";
import { defineListSearch } from "../../lib/list-search/list-search.ts";

/** The intake queue's URL: paging, sort, search and every filter, so a view can be shared. */
export const intakeList = defineListSearch({
  sorts: APPLICATION_SORTS,
  defaultSort: "submittedAt",
  filters: {
    /** absent: waiting for a decision (the default view); ALL: every status */
    status: z
      .union([ApplicationStatus, z.enum(["ALL"])])
      .optional()
      .catch(undefined),
    programId: z.uuid().optional().catch(undefined),
    cohortId: z.uuid().optional().catch(undefined),
    flagged: z.boolean().optional().catch(undefined),
    olderThanDays: z.number().int().min(0).max(365).optional().catch(undefined),
  },
});

export type IntakeSearch = z.infer<typeof intakeList.schema>;

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
