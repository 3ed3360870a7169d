import type { Page } from "@circle/validators";

/** A list's total as it reads: "132", or "500+" when the server counted only so far. */
export function formatTotal({ total, totalIsAtLeast }: Pick<Page<unknown>, "total" | "totalIsAtLeast">): string {
  return totalIsAtLeast ? `${total}+` : String(total);
}
