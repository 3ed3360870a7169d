import { COHORT_STATUS_LABELS, type CohortStatus } from "@circle/validators";
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

/** The status as it reads inside a sentence ("A running cohort …"). */
const inSentence = (status: CohortStatus) => COHORT_STATUS_LABELS[status].toLowerCase();

export function allowedNextStatuses(from: CohortStatus): readonly CohortStatus[] {
  return ALLOWED[from];
}

export function assertCohortTransition(from: CohortStatus, to: CohortStatus): void {
  if (to === "RUNNING" && (from === "PLANNED" || from === "OPEN_FOR_INTAKE")) {
    throw AppError.invalid("status", "A cohort starts running when its first session is marked held");
  }
  if (!ALLOWED[from].includes(to)) {
    throw AppError.invalid("status", `A ${inSentence(from)} cohort cannot become ${inSentence(to)}`);
  }
}

/** Cohorts whose sessions can still change (hold, cancel, reschedule). */
export function isActiveCohort(status: CohortStatus): boolean {
  return status !== "COMPLETED" && status !== "CANCELLED";
}
