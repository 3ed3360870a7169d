import type { z } from "zod";
import { DEFAULT_PAGE_SIZE, type ListView, listSearchSchema } from "../../components/data-table/list-state.ts";

export const CONSENT_DOCUMENT_SORTS = ["title", "updatedAt"] as const;
export type ConsentDocumentSort = (typeof CONSENT_DOCUMENT_SORTS)[number];

export const consentSearchSchema = listSearchSchema(CONSENT_DOCUMENT_SORTS);
export type ConsentSearch = z.infer<typeof consentSearchSchema>;

export function consentView(search: ConsentSearch): ListView<ConsentDocumentSort> {
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE,
    sort: search.sort ?? "title",
    desc: search.desc ?? false,
  };
}
