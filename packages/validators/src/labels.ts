import type {
  ApplicationStatus,
  AttendanceStatus,
  CohortStatus,
  Delivery,
  EnrollmentStatus,
  GroupType,
  Recommendation,
  ReferralCategory,
  ReferralCloseReason,
  ReferralOutcome,
  ReferralSource,
  ReferralStatus,
  ReferralUrgency,
  SessionStatus,
  WaitlistStatus,
} from "./enums.ts";

// How the product names its vocabularies to people: the dashboard shows these, and report
// exports write them, so a spreadsheet reads like the screen.

export const GROUP_TYPE_LABELS: Record<GroupType, string> = {
  SUPPORT: "Support",
  THERAPY: "Therapy",
  PSYCHOEDUCATION: "Psychoeducation",
  SKILLS_COACHING: "Skills / coaching",
  ACTIVITY_WORKSHOP: "Activity-based workshop",
};

export const DELIVERY_LABELS: Record<Delivery, string> = {
  IN_PERSON: "In person",
  ONLINE: "Online",
  HYBRID: "Hybrid",
};

/** A facilitator's recommendation, as the queue and the application say it ("Recommended: accept"). */
export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  ACCEPT: "Accept",
  WAITLIST: "Waitlist",
  DECLINE: "Decline",
  REFER_ELSEWHERE: "Refer elsewhere",
};

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

export const REFERRAL_CATEGORY_LABELS: Record<ReferralCategory, string> = {
  INDIVIDUAL_THERAPY: "Individual therapy",
  PSYCHIATRY: "Psychiatry",
  CRISIS_SERVICES: "Crisis services",
  SUBSTANCE_USE_TREATMENT: "Substance-use treatment",
  MEDICAL: "Medical",
  HOUSING: "Housing",
  LEGAL: "Legal",
  FINANCIAL: "Financial",
  OTHER: "Other",
};

export const REFERRAL_URGENCY_LABELS: Record<ReferralUrgency, string> = {
  ROUTINE: "Routine",
  URGENT: "Urgent",
  EMERGENCY: "Emergency",
};

export const REFERRAL_OUTCOME_LABELS: Record<ReferralOutcome, string> = {
  SUCCESSFUL: "Successful",
  UNSUCCESSFUL: "Not successful",
};

export const REFERRAL_CLOSE_REASON_LABELS: Record<ReferralCloseReason, string> = {
  MEMBER_REFUSED: "Member refused",
  NO_CAPACITY: "No capacity at the resource",
  NO_LONGER_NEEDED: "No longer needed",
  COULD_NOT_REACH_MEMBER: "Could not reach the member",
  COULD_NOT_REACH_RESOURCE: "Could not reach the resource",
  OTHER: "Other",
};

// Each status, named once: the dashboard's badges, filters and reports and the server's
// messages and exports read these.

export const COHORT_STATUS_LABELS: Record<CohortStatus, string> = {
  PLANNED: "Planned",
  OPEN_FOR_INTAKE: "Open for intake",
  RUNNING: "Running",
  COMPLETED: "Completed",
  POSTPONED: "Postponed",
  CANCELLED: "Cancelled",
};

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  SCHEDULED: "Scheduled",
  HELD: "Held",
  CANCELLED: "Cancelled",
};

export const ENROLLMENT_STATUS_LABELS: Record<EnrollmentStatus, string> = {
  ENROLLED: "Enrolled",
  COMPLETED: "Completed",
  WITHDREW: "Withdrew",
  DROPPED: "Dropped",
  NOT_COMPLETED: "Did not complete",
};

export const WAITLIST_STATUS_LABELS: Record<WaitlistStatus, string> = {
  WAITING: "Waiting",
  OFFERED: "Seat offered",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
  EXPIRED: "Offer expired",
  REMOVED: "Removed",
};

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: "Present",
  LATE: "Late",
  LEFT_EARLY: "Left early",
  EXCUSED: "Excused",
  ABSENT: "Absent",
};

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  SUGGESTED: "Suggested",
  MADE: "Made",
  CONNECTED: "Connected",
  DECLINED_BY_MEMBER: "Declined by member",
  COULD_NOT_REACH: "Could not reach",
  RESOURCE_DECLINED: "Resource declined",
  CLOSED: "Closed",
};
