import { defineListSearch } from "../../lib/list-search/list-search.ts";

/** The consent documents table's URL: paging and sort (the list is short and sorted here). */
export const consentList = defineListSearch({ sorts: ["title", "updatedAt"], defaultSort: "title" });
