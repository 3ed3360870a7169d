import { PAGE_SIZES } from "@circle/validators";
import { z } from "zod";

/**
 * Paging and sorting as they sit in a list page's URL. Every value is optional so a plain
 * address shows the default view, and a hand-edited bad value falls back instead of failing.
 */
export function listSearchSchema<const Sort extends readonly [string, ...string[]]>(sorts: Sort) {
  return z.object({
    page: z.number().int().min(1).optional().catch(undefined),
    pageSize: z
      .number()
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
      .optional()
      .catch(undefined),
    sort: z.enum(sorts).optional().catch(undefined),
    desc: z.boolean().optional().catch(undefined),
    // A typed-in ?q=2026 arrives as a number; a search is always text.
    q: z.coerce.string().trim().max(100).optional().catch(undefined),
  });
}

/** The view the table shows once defaults are filled in. */
export interface ListView<Sort extends string = string> {
  page: number;
  pageSize: number;
  sort: Sort;
  desc: boolean;
}

export const DEFAULT_PAGE_SIZE = 25;
