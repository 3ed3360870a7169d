// The product's fixed vocabularies and the lists' sort keys and page sizes, as plain values with
// no schema library: the dashboard reads its URLs with them in its first download (see
// apps/web/src/lib/search-params), where zod would weigh more than the rest of the page. The
// enums in enums.ts are built from these; they mirror the enums in prisma/schema.prisma, and a
// test in packages/db checks that the two never drift apart.

export const ROLES = ["ADMIN", "FACILITATOR", "STAFF"] as const;
export const CREDENTIAL_KINDS = ["PROFESSIONAL_LICENCE", "CERTIFICATION", "PEER_SUPPORT_TRAINING"] as const;
export const GROUP_TYPES = ["SUPPORT", "THERAPY", "PSYCHOEDUCATION", "SKILLS_COACHING", "ACTIVITY_WORKSHOP"] as const;
export const LEADERSHIPS = ["PEER_LED", "PROFESSIONALLY_LED"] as const;
export const DELIVERIES = ["IN_PERSON", "ONLINE", "HYBRID"] as const;
export const COHORT_STATUSES = ["PLANNED", "OPEN_FOR_INTAKE", "RUNNING", "COMPLETED", "POSTPONED", "CANCELLED"] as const;
export const FACILITATOR_ROLES = ["LEAD", "CO_FACILITATOR"] as const;
export const SESSION_STATUSES = ["SCHEDULED", "HELD", "CANCELLED"] as const;
export const SESSION_CHANGE_KINDS = ["HELD", "CANCELLED", "RESCHEDULED", "POSTPONED", "MAKE_UP_ADDED"] as const;
export const SCREENING_QUESTION_KINDS = ["TEXT", "YES_NO", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "SCALE"] as const;
export const APPLICATION_STATUSES = [
  "SUBMITTED",
  "SCREENING",
  "INTERVIEW_SCHEDULED",
  "ACCEPTED",
  "WAITLISTED",
  "DECLINED",
  "REFERRED_ELSEWHERE",
  "WITHDRAWN",
] as const;
export const RECOMMENDATIONS = ["ACCEPT", "WAITLIST", "DECLINE", "REFER_ELSEWHERE"] as const;
export const REFERRAL_SOURCES = [
  "SELF",
  "CLINICIAN",
  "PRIMARY_CARE",
  "COMMUNITY_ORGANISATION",
  "FAMILY_OR_FRIEND",
  "COURT_OR_PROBATION",
  "WEBSITE_OR_MEDIA",
  "OTHER",
] as const;
export const WAITLIST_STATUSES = ["WAITING", "OFFERED", "ACCEPTED", "DECLINED", "EXPIRED", "REMOVED"] as const;
export const CONSENT_ACTIONS = ["GIVEN", "WITHDRAWN"] as const;
export const CONSENT_METHODS = ["SIGNED_ON_PAPER", "E_SIGNATURE", "VERBAL_WITH_WITNESS"] as const;
export const ENROLLMENT_STATUSES = ["ENROLLED", "COMPLETED", "WITHDREW", "DROPPED", "NOT_COMPLETED"] as const;
export const ATTENDANCE_STATUSES = ["PRESENT", "LATE", "LEFT_EARLY", "EXCUSED", "ABSENT"] as const;
export const FOLLOW_UP_OUTCOMES = ["CONTACTED", "COULD_NOT_REACH", "MEMBER_WITHDREW"] as const;
export const REFERRAL_CATEGORIES = [
  "INDIVIDUAL_THERAPY",
  "PSYCHIATRY",
  "CRISIS_SERVICES",
  "SUBSTANCE_USE_TREATMENT",
  "MEDICAL",
  "HOUSING",
  "LEGAL",
  "FINANCIAL",
  "OTHER",
] as const;
export const REFERRAL_URGENCIES = ["ROUTINE", "URGENT", "EMERGENCY"] as const;
export const REFERRAL_STATUSES = [
  "SUGGESTED",
  "MADE",
  "CONNECTED",
  "DECLINED_BY_MEMBER",
  "COULD_NOT_REACH",
  "RESOURCE_DECLINED",
  "CLOSED",
] as const;
export const REFERRAL_OUTCOMES = ["SUCCESSFUL", "UNSUCCESSFUL"] as const;
export const REFERRAL_CLOSE_REASONS = [
  "MEMBER_REFUSED",
  "NO_CAPACITY",
  "NO_LONGER_NEEDED",
  "COULD_NOT_REACH_MEMBER",
  "COULD_NOT_REACH_RESOURCE",
  "OTHER",
] as const;
export const RESOURCE_KINDS = [
  "CRISIS_LINE",
  "INDIVIDUAL_THERAPY",
  "PSYCHIATRY",
  "SUBSTANCE_USE_TREATMENT",
  "MEDICAL",
  "HOUSING",
  "LEGAL",
  "FINANCIAL",
  "OTHER",
] as const;
export const RESOURCE_COSTS = ["FREE", "SLIDING_SCALE", "INSURANCE", "FEE"] as const;

/** The reports an administrator can run. */
export const REPORT_KINDS = ["attendance", "participation", "intake", "referrals"] as const;

// ─── Lists ───────────────────────────────────────────────────────────────────
/** The page sizes every server-paginated table offers. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const COHORT_SORTS = ["startDate", "name", "status", "createdAt"] as const;
export const APPLICATION_SORTS = ["submittedAt", "status"] as const;
export const MEMBER_SORTS = ["lastName", "firstName", "createdAt"] as const;
export const USER_SORTS = ["name", "email", "role", "lastSignInAt", "createdAt"] as const;
export const PROGRAM_SORTS = ["name", "groupType", "createdAt"] as const;
export const RESOURCE_SORTS = ["name", "kind", "updatedAt"] as const;
export const REFERRAL_SORTS = ["followUpOn", "createdAt", "urgency", "status"] as const;

/**
 * The most procedure calls one HTTP request may carry (a tRPC batch). The server refuses larger
 * batches with 400; the dashboard's client splits its batches at the same size.
 */
export const MAX_BATCH_SIZE = 10;
