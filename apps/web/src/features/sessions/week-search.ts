import { isoDay, searchParams, text, uuid } from "../../lib/search-params/search-params.ts";

/** The week view's URL: which week (any day in it) and the facilitator, program and location filters. */
export const weekSearchSchema = searchParams({
  weekOf: isoDay,
  facilitatorId: uuid,
  programId: uuid,
  location: text(300),
});

export type WeekSearch = ReturnType<typeof weekSearchSchema>;
export type WeekFilters = Pick<WeekSearch, "facilitatorId" | "programId" | "location">;

export const NO_WEEK_FILTERS: WeekFilters = { facilitatorId: undefined, programId: undefined, location: undefined };

export function hasWeekFilters(search: WeekFilters): boolean {
  return Boolean(search.facilitatorId || search.programId || search.location);
}
