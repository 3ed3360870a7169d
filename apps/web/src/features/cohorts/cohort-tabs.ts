import type { LinkProps } from "@tanstack/react-router";

export interface CohortTab {
  label: string;
  /** a child route of /cohorts/$cohortId */
  to: NonNullable<LinkProps["to"]>;
}

// One line per tab, in the order shown. Each is a route under /cohorts/$cohortId (routes/cohorts.tsx).
export const COHORT_TABS: readonly CohortTab[] = [
  { label: "Overview", to: "/cohorts/$cohortId" },
  { label: "Sessions", to: "/cohorts/$cohortId/sessions" },
  { label: "Roster", to: "/cohorts/$cohortId/roster" },
  { label: "Progress", to: "/cohorts/$cohortId/progress" },
  { label: "Facilitators", to: "/cohorts/$cohortId/facilitators" },
  { label: "Status history", to: "/cohorts/$cohortId/history" },
];
