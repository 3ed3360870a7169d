import { APPLICATION_SORTS, ApplicationStatus, type ListApplicationsInput } from "@circle/validators";
import { z } from "zod";
import { DEFAULT_PAGE_SIZE, type ListView, listSearchSchema } from "../../components/data-table/list-state.ts";

/** The intake queue's URL: paging, sort, search and every filter, so a view can be shared. */
export const intakeSearchSchema = listSearchSchema(APPLICATION_SORTS).extend({
  /** absent: waiting for a decision (the default view); ALL: every status */
  status: z
    .union([ApplicationStatus, z.enum(["ALL"])])
    .optional()
    .catch(undefined),
  programId: z.uuid().optional().catch(undefined),
  cohortId: z.uuid().optional().catch(undefined),
  flagged: z.boolean().optional().catch(undefined),
  olderThanDays: z.number().int().min(0).max(365).optional().catch(undefined),
});

export type IntakeSearch = z.infer<typeof intakeSearchSchema>;
export type IntakeFilters = Pick<IntakeSearch, "q" | "status" | "programId" | "cohortId" | "flagged" | "olderThanDays">;

export const NO_INTAKE_FILTERS: IntakeFilters = {
  q: undefined,
  status: undefined,
  programId: undefined,
  cohortId: undefined,
  flagged: undefined,
  olderThanDays: undefined,
};

export function isIntakeFiltered(search: IntakeSearch): boolean {
  return Object.keys(NO_INTAKE_FILTERS).some((key) => search[key as keyof IntakeFilters] !== undefined);
}

export function intakeView(search: IntakeSearch): ListView<(typeof APPLICATION_SORTS)[number]> {
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE,
    sort: search.sort ?? "submittedAt",
    desc: search.desc ?? false,
  };
}

export function toQueueInput(search: IntakeSearch): ListApplicationsInput {
  return {
    ...intakeView(search),
    q: search.q || undefined,
    status: search.status === "ALL" ? undefined : (search.status ?? "OPEN"),
    programId: search.programId,
    cohortId: search.cohortId,
    flagged: search.flagged,
    olderThanDays: search.olderThanDays,
  };
}
