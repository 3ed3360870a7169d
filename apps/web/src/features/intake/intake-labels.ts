import type { ApplicationStatus, ReferralSource } from "@circle/validators";

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  SUBMITTED: "Submitted",
  SCREENING: "In screening",
  INTERVIEW_SCHEDULED: "Interview scheduled",
  ACCEPTED: "Accepted",
  WAITLISTED: "Waitlisted",
  DECLINED: "Declined",
  REFERRED_ELSEWHERE: "Referred elsewhere",
  WITHDRAWN: "Withdrawn",
};

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

export const REFERRAL_SOURCE_LABELS: Record<ReferralSource, string> = {
  SELF: "Self-referred",
  CLINICIAN: "Clinician or therapist",
  PRIMARY_CARE: "Primary care",
  COMMUNITY_ORGANISATION: "Community organisation",
  FAMILY_OR_FRIEND: "Family or friend",
  COURT_OR_PROBATION: "Court or probation",
  WEBSITE_OR_MEDIA: "Website or media",
  OTHER: "Other",
};

export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = ["SUBMITTED", "SCREENING", "INTERVIEW_SCHEDULED"];
