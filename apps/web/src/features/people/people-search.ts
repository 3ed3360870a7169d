import { type ListUsersInput, Role, USER_SORTS } from "@circle/validators";
import { z } from "zod";
import { DEFAULT_PAGE_SIZE, type ListView, listSearchSchema } from "../../components/data-table/list-state.ts";

export const PERSON_STATUSES = ["active", "inactive"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** The people table's URL: paging, sort, search and the role and status filters. */
export const peopleSearchSchema = listSearchSchema(USER_SORTS).extend({
  role: Role.optional().catch(undefined),
  status: z.enum(PERSON_STATUSES).optional().catch(undefined),
});

export type PeopleSearch = z.infer<typeof peopleSearchSchema>;

export function peopleView(search: PeopleSearch): ListView<(typeof USER_SORTS)[number]> {
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE,
    sort: search.sort ?? "name",
    desc: search.desc ?? false,
  };
}

export function toListUsersInput(search: PeopleSearch): ListUsersInput {
  return {
    ...peopleView(search),
    q: search.q || undefined,
    role: search.role,
    status: search.status,
  };
}
