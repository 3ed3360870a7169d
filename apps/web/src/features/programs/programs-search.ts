import { GroupType, type ListProgramsInput, PROGRAM_SORTS } from "@circle/validators";
import { z } from "zod";
import { DEFAULT_PAGE_SIZE, type ListView, listSearchSchema } from "../../components/data-table/list-state.ts";

/** The programs table's URL: paging, sort, search, group type, and active or archived. */
export const programsSearchSchema = listSearchSchema(PROGRAM_SORTS).extend({
  groupType: GroupType.optional().catch(undefined),
  archived: z.boolean().optional().catch(undefined),
});

export type ProgramsSearch = z.infer<typeof programsSearchSchema>;
export type ProgramFilters = Pick<ProgramsSearch, "q" | "groupType" | "archived">;

export const NO_PROGRAM_FILTERS: ProgramFilters = { q: undefined, groupType: undefined, archived: undefined };

export function programsView(search: ProgramsSearch): ListView<(typeof PROGRAM_SORTS)[number]> {
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE,
    sort: search.sort ?? "name",
    desc: search.desc ?? false,
  };
}

export function toListProgramsInput(search: ProgramsSearch): ListProgramsInput {
  return {
    ...programsView(search),
    q: search.q || undefined,
    groupType: search.groupType,
    archived: search.archived || undefined,
  };
}
