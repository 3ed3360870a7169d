import { APPLICATION_STATUS_LABELS, type ApplicationStatus, REFERRAL_SOURCE_LABELS } from "@circle/validators";

export { APPLICATION_STATUS_LABELS, REFERRAL_SOURCE_LABELS };

export const APPLICATION_STATUS_COLORS: Record<ApplicationStatus, string> = {
  SUBMITTED: "blue",
  SCREENING: "cyan",
  INTERVIEW_SCHEDULED: "violet",
  ACCEPTED: "green",
  WAITLISTED: "yellow",
  DECLINED: "gray",
  REFERRED_ELSEWHERE: "orange",
  WITHDRAWN: "gray",
};

/** What the button for each next step says. */
export const APPLICATION_STEP_LABELS: Record<ApplicationStatus, string> = {
  SUBMITTED: "Submitted",
  SCREENING: "Start screening",
  INTERVIEW_SCHEDULED: "Schedule interview",
  ACCEPTED: "Accept",
  WAITLISTED: "Waitlist",
  DECLINED: "Decline",
  REFERRED_ELSEWHERE: "Refer elsewhere",
  WITHDRAWN: "Mark withdrawn",
};

export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = ["SUBMITTED", "SCREENING", "INTERVIEW_SCHEDULED"];
