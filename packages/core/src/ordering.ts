import { AppError } from "./errors/app-error.ts";

/** A new order must name every current item exactly once (no gaps, no repeats, no strangers). */
export function assertCompleteOrder(ids: string[], current: { id: string }[], field: string, message: string): void {
  const known = new Set(current.map((item) => item.id));
  const complete = ids.length === known.size && new Set(ids).size === ids.length && ids.every((id) => known.has(id));
  if (!complete) throw AppError.invalid(field, message);
}
