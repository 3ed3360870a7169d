import { type ListMembersInput, MEMBER_SORTS } from "@circle/validators";
import { defineListSearch } from "../../lib/list-search/list-search.ts";

/** The members table's URL: paging, sort and search. */
export const membersList = defineListSearch({ sorts: MEMBER_SORTS, defaultSort: "lastName" });

export function toListMembersInput(search: Parameters<typeof membersList.view>[0]): ListMembersInput {
  return { ...membersList.view(search), q: search.q || undefined };
}
