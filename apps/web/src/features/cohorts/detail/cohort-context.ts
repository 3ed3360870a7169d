import { createContext, useContext } from "react";
import type { Cohort } from "../types.ts";

/** The cohort the detail page shows, loaded once by its layout for every tab. */
export const CohortContext = createContext<Cohort | null>(null);

export function useCohort(): Cohort {
  const cohort = useContext(CohortContext);
  if (!cohort) throw new Error("useCohort is used outside a cohort's page");
  return cohort;
}
