import type { CohortStatus, FacilitatorRole } from "@circle/validators";

export const COHORT_STATUS_LABELS: Record<CohortStatus, string> = {
  PLANNED: "Planned",
  OPEN_FOR_INTAKE: "Open for intake",
  RUNNING: "Running",
  COMPLETED: "Completed",
  POSTPONED: "Postponed",
  CANCELLED: "Cancelled",
};

export const COHORT_STATUS_COLORS: Record<CohortStatus, string> = {
  PLANNED: "gray",
  OPEN_FOR_INTAKE: "blue",
  RUNNING: "green",
  COMPLETED: "teal",
  POSTPONED: "orange",
  CANCELLED: "red",
};

export const FACILITATOR_ROLE_LABELS: Record<FacilitatorRole, string> = {
  LEAD: "Lead",
  CO_FACILITATOR: "Co-facilitator",
};
