import type { ApplicationStatus, Delivery, GroupType, ReferralSource } from "./enums.ts";

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
