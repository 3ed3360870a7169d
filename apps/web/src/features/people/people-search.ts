import { type ListUsersInput, Role, USER_SORTS } from "@circle/validators";
import { z } from "zod";
import { defineListSearch } from "../../lib/list-search/list-search.ts";

export const PERSON_STATUSES = ["active", "inactive"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** The people table's URL: paging, sort, search and the role and status filters. */
export const peopleList = defineListSearch({
  sorts: USER_SORTS,
  defaultSort: "name",
  filters: {
    role: Role.optional().catch(undefined),
    status: z.enum(PERSON_STATUSES).optional().catch(undefined),
  },
});

export type PeopleSearch = z.infer<typeof peopleList.schema>;

export function toListUsersInput(search: PeopleSearch): ListUsersInput {
  return { ...peopleList.view(search), q: search.q || undefined, role: search.role, status: search.status };
}
