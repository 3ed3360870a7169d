import { GroupType, type ListProgramsInput, PROGRAM_SORTS } from "@circle/validators";
import { z } from "zod";
import { defineListSearch } from "../../lib/list-search/list-search.ts";

/** The programs table's URL: paging, sort, search, group type, and active or archived. */
export const programsList = defineListSearch({
  sorts: PROGRAM_SORTS,
  defaultSort: "name",
  filters: {
    groupType: GroupType.optional().catch(undefined),
    archived: z.boolean().optional().catch(undefined),
  },
});

export type ProgramsSearch = z.infer<typeof programsList.schema>;

export function toListProgramsInput(search: ProgramsSearch): ListProgramsInput {
  return {
    ...programsList.view(search),
    q: search.q || undefined,
    groupType: search.groupType,
    archived: search.archived || undefined,
  };
}
