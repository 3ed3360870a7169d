import type { ListUsersInput } from "@circle/validators";
import { ROLES, USER_SORTS } from "@circle/validators/vocabulary";
import { defineListSearch } from "../../lib/list-search/list-search.ts";
import { oneOf } from "../../lib/search-params/search-params.ts";

export const PERSON_STATUSES = ["active", "inactive"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** The people table's URL: paging, sort, search and the role and status filters. */
export const peopleList = defineListSearch({
  sorts: USER_SORTS,
  defaultSort: "name",
  filters: {
    role: oneOf(ROLES),
    status: oneOf(PERSON_STATUSES),
  },
});

export type PeopleSearch = ReturnType<typeof peopleList.schema>;

export function toListUsersInput(search: PeopleSearch): ListUsersInput {
  return { ...peopleList.view(search), q: search.q || undefined, role: search.role, status: search.status };
}
