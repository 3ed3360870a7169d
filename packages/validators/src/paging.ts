import { z } from "zod";
import { text } from "./text.ts";
import { PAGE_SIZES } from "./vocabulary.ts";

// Paging, sorting and search shared by every server-paginated table and its URL.

/** A yes/no that arrives as a boolean from code or as "true"/"false" from a URL. */
export const queryFlag = z.union([z.boolean(), z.stringbool()]);

export const pageInput = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), { message: "Page size must be 10, 25, 50 or 100" })
    .default(25),
  q: text().trim().max(100).optional(),
  desc: queryFlag.optional(),
});
export type PageInput = z.infer<typeof pageInput>;

/** A list input: paging plus a sort column chosen from the given names. */
export function listInput<const Sort extends readonly [string, ...string[]]>(sortable: Sort, defaultSort: Sort[number]) {
  return pageInput.extend({ sort: z.enum(sortable).default(defaultSort as never) });
}

export interface Page<Row> {
  rows: Row[];
  total: number;
  /**
   * The list stopped counting at `total`: there are at least that many rows, and at least one
   * more page after it. Absent when `total` is exact. (A list whose count would cost more than
   * its page counts only as far as it needs to.)
   */
  totalIsAtLeast?: boolean;
  page: number;
  pageSize: number;
}
