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

export function nextApplicationStatuses(from: ApplicationStatus): readonly ApplicationStatus[] {
  return ALLOWED[from];
}

export function assertApplicationTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  if (!ALLOWED[from].includes(to)) {
    throw AppError.invalid(
      "to",
      `An application that is ${APPLICATION_STATUS_LABEL[from]} cannot become ${APPLICATION_STATUS_LABEL[to]}`,
    );
  }
}
