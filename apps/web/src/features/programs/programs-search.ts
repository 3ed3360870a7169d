import type { ListProgramsInput } from "@circle/validators";
import { GROUP_TYPES, PROGRAM_SORTS } from "@circle/validators/vocabulary";
import { defineListSearch } from "../../lib/list-search/list-search.ts";
import { flag, oneOf } from "../../lib/search-params/search-params.ts";

/** The programs table's URL: paging, sort, search, group type, and active or archived. */
export const programsList = defineListSearch({
  sorts: PROGRAM_SORTS,
  defaultSort: "name",
  filters: {
    groupType: oneOf(GROUP_TYPES),
    archived: flag,
  },
});

export type ProgramsSearch = ReturnType<typeof programsList.schema>;

export function toListProgramsInput(search: ProgramsSearch): ListProgramsInput {
  return {
    ...programsList.view(search),
    q: search.q || undefined,
    groupType: search.groupType,
    archived: search.archived || undefined,
  };
}
