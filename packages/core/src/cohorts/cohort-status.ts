import type { CohortStatus } from "@circle/validators";
import { AppError } from "../errors/app-error.ts";

/**
 * Where a cohort may go from each status. RUNNING is reached by holding the first session,
 * never by hand; COMPLETED and CANCELLED are final.
 */
const ALLOWED: Record<CohortStatus, readonly CohortStatus[]> = {
  PLANNED: ["OPEN_FOR_INTAKE", "POSTPONED", "CANCELLED"],
  OPEN_FOR_INTAKE: ["PLANNED", "POSTPONED", "CANCELLED"],
  RUNNING: ["COMPLETED", "CANCELLED"],
  POSTPONED: ["PLANNED", "OPEN_FOR_INTAKE", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: [],
};

export const STATUS_LABEL: Record<CohortStatus, string> = {
  PLANNED: "planned",
  OPEN_FOR_INTAKE: "open for intake",
  RUNNING: "running",
  COMPLETED: "completed",
  POSTPONED: "postponed",
  CANCELLED: "cancelled",
};

export function allowedNextStatuses(from: CohortStatus): readonly CohortStatus[] {
  return ALLOWED[from];
}

export function assertCohortTransition(from: CohortStatus, to: CohortStatus): void {
  if (to === "RUNNING" && (from === "PLANNED" || from === "OPEN_FOR_INTAKE")) {
    throw AppError.invalid("status", "A cohort starts running when its first session is marked held");
  }
  if (!ALLOWED[from].includes(to)) {
    throw AppError.invalid("status", `A ${STATUS_LABEL[from]} cohort cannot become ${STATUS_LABEL[to]}`);
  }
}

/** Cohorts whose sessions can still change (hold, cancel, reschedule). */
export function isActiveCohort(status: CohortStatus): boolean {
  return status !== "COMPLETED" && status !== "CANCELLED";
}
