import type { ListResourcesInput } from "@circle/validators";
import { RESOURCE_COSTS, RESOURCE_KINDS, RESOURCE_SORTS } from "@circle/validators/vocabulary";
import { defineListSearch } from "../../lib/list-search/list-search.ts";
import { flag, oneOf, text } from "../../lib/search-params/search-params.ts";

/** The directory's URL: paging, sort, search and filters, so a view can be shared. */
export const resourcesList = defineListSearch({
  sorts: RESOURCE_SORTS,
  defaultSort: "name",
  filters: {
    kind: oneOf(RESOURCE_KINDS),
    cost: oneOf(RESOURCE_COSTS),
    language: text(60),
    direct: flag,
    archived: flag,
  },
});

export type ResourcesSearch = ReturnType<typeof resourcesList.schema>;

export function toListResourcesInput(search: ResourcesSearch): ListResourcesInput {
  return {
    ...resourcesList.view(search),
    q: search.q || undefined,
    kind: search.kind,
    cost: search.cost,
    language: search.language || undefined,
    direct: search.direct || undefined,
    archived: search.archived || undefined,
  };
}
