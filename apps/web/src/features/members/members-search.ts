import { type ListMembersInput, MEMBER_SORTS } from "@circle/validators";
import type { z } from "zod";
import { DEFAULT_PAGE_SIZE, type ListView, listSearchSchema } from "../../components/data-table/list-state.ts";

/** The members table's URL: paging, sort and search. */
export const membersSearchSchema = listSearchSchema(MEMBER_SORTS);

export type MembersSearch = z.infer<typeof membersSearchSchema>;

export function membersView(search: MembersSearch): ListView<(typeof MEMBER_SORTS)[number]> {
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE,
    sort: search.sort ?? "lastName",
    desc: search.desc ?? false,
  };
}

export function toListMembersInput(search: MembersSearch): ListMembersInput {
  return { ...membersView(search), q: search.q || undefined };
}
