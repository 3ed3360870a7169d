import type { ApplicationStatus } from "@circle/validators";
import { AppError } from "../errors/app-error.ts";

const CLOSING: ApplicationStatus[] = ["DECLINED", "REFERRED_ELSEWHERE", "WITHDRAWN"];

/** The intake path; DECLINED, REFERRED_ELSEWHERE and WITHDRAWN are final. */
const ALLOWED: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  SUBMITTED: ["SCREENING", ...CLOSING],
  SCREENING: ["INTERVIEW_SCHEDULED", "ACCEPTED", "WAITLISTED", ...CLOSING],
  INTERVIEW_SCHEDULED: ["INTERVIEW_SCHEDULED", "ACCEPTED", "WAITLISTED", ...CLOSING],
  WAITLISTED: ["ACCEPTED", ...CLOSING],
  ACCEPTED: ["WITHDRAWN"],
  DECLINED: [],
  REFERRED_ELSEWHERE: [],
  WITHDRAWN: [],
};

export const APPLICATION_STATUS_LABEL: Record<ApplicationStatus, string> = {
  SUBMITTED: "submitted",
  SCREENING: "in screening",
  INTERVIEW_SCHEDULED: "interview scheduled",
  ACCEPTED: "accepted",
  WAITLISTED: "waitlisted",
  DECLINED: "declined",
  REFERRED_ELSEWHERE: "referred elsewhere",
  WITHDRAWN: "withdrawn",
};

/** What moving to each status means, for refusals that read naturally. */
export const APPLICATION_STEP: Record<ApplicationStatus, string> = {
  SUBMITTED: "go back to submitted",
  SCREENING: "move to screening",
  INTERVIEW_SCHEDULED: "have an interview scheduled",
  ACCEPTED: "be accepted",
  WAITLISTED: "be waitlisted",
  DECLINED: "be declined",
  REFERRED_ELSEWHERE: "be referred elsewhere",
  WITHDRAWN: "be withdrawn",
};

export function nextApplicationStatuses(from: ApplicationStatus): readonly ApplicationStatus[] {
  return ALLOWED[from];
}

export function assertApplicationTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  if (!ALLOWED[from].includes(to)) {
    throw AppError.invalid("to", `An application that is ${APPLICATION_STATUS_LABEL[from]} cannot ${APPLICATION_STEP[to]}`);
  }
}
