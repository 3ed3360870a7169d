import type { ListMembersInput } from "@circle/validators";
import { MEMBER_SORTS } from "@circle/validators/vocabulary";
import { defineListSearch } from "../../lib/list-search/list-search.ts";

/** The members table's URL: paging, sort and search. */
export const membersList = defineListSearch({ sorts: MEMBER_SORTS, defaultSort: "lastName" });

export function toListMembersInput(search: Parameters<typeof membersList.view>[0]): ListMembersInput {
  return { ...membersList.view(search), q: search.q || undefined };
}
