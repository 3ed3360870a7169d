import { type ListResourcesInput, RESOURCE_SORTS, ResourceCost, ResourceKind } from "@circle/validators";
import { z } from "zod";
import { defineListSearch } from "../../lib/list-search/list-search.ts";

/** The directory's URL: paging, sort, search and filters, so a view can be shared. */
export const resourcesList = defineListSearch({
  sorts: RESOURCE_SORTS,
  defaultSort: "name",
  filters: {
    kind: ResourceKind.optional().catch(undefined),
    cost: ResourceCost.optional().catch(undefined),
    language: z.string().trim().max(60).optional().catch(undefined),
    direct: z.boolean().optional().catch(undefined),
    archived: z.boolean().optional().catch(undefined),
  },
});

export type ResourcesSearch = z.infer<typeof resourcesList.schema>;

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
