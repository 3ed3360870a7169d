import { COHORT_STATUS_LABELS, type CohortStatus, type FacilitatorRole } from "@circle/validators";

export { COHORT_STATUS_LABELS };

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
