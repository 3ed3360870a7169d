import { z } from "zod";
import { isIsoDay } from "../../lib/calendar-days.ts";

/** The week view's URL: which week (any day in it) and the facilitator, program and location filters. */
export const weekSearchSchema = z.object({
  weekOf: z.string().refine(isIsoDay).optional().catch(undefined),
  facilitatorId: z.uuid().optional().catch(undefined),
  programId: z.uuid().optional().catch(undefined),
  location: z.coerce.string().trim().max(300).optional().catch(undefined),
});

export type WeekSearch = z.infer<typeof weekSearchSchema>;
export type WeekFilters = Pick<WeekSearch, "facilitatorId" | "programId" | "location">;

export const NO_WEEK_FILTERS: WeekFilters = { facilitatorId: undefined, programId: undefined, location: undefined };

export function hasWeekFilters(search: WeekFilters): boolean {
  return Boolean(search.facilitatorId || search.programId || search.location);
}
