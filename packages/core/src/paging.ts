import type { PageInput } from "@circle/validators";

/** Prisma skip/take for a 1-based page. */
export function pageWindow(input: Pick<PageInput, "page" | "pageSize">): { skip: number; take: number } {
  return { skip: (input.page - 1) * input.pageSize, take: input.pageSize };
}
