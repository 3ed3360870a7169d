// The product's fixed vocabularies. They mirror the enums in prisma/schema.prisma; a test in
// packages/db checks that the two never drift apart.
import { z } from "zod";

export const ROLES = ["ADMIN", "FACILITATOR", "STAFF"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const CREDENTIAL_KINDS = ["PROFESSIONAL_LICENCE", "CERTIFICATION", "PEER_SUPPORT_TRAINING"] as const;
export const CredentialKind = z.enum(CREDENTIAL_KINDS);
export type CredentialKind = z.infer<typeof CredentialKind>;

export const GROUP_TYPES = ["SUPPORT", "THERAPY", "PSYCHOEDUCATION", "SKILLS_COACHING", "ACTIVITY_WORKSHOP"] as const;
export const GroupType = z.enum(GROUP_TYPES);
export type GroupType = z.infer<typeof GroupType>;

export const LEADERSHIPS = ["PEER_LED", "PROFESSIONALLY_LED"] as const;
export const Leadership = z.enum(LEADERSHIPS);
export type Leadership = z.infer<typeof Leadership>;

export const DELIVERIES = ["IN_PERSON", "ONLINE", "HYBRID"] as const;
export const Delivery = z.enum(DELIVERIES);
export type Delivery = z.infer<typeof Delivery>;

export const COHORT_STATUSES = ["PLANNED", "OPEN_FOR_INTAKE", "RUNNING", "COMPLETED", "POSTPONED", "CANCELLED"] as const;
export const CohortStatus = z.enum(COHORT_STATUSES);
export type CohortStatus = z.infer<typeof CohortStatus>;

export const FACILITATOR_ROLES = ["LEAD", "CO_FACILITATOR"] as const;
export const FacilitatorRole = z.enum(FACILITATOR_ROLES);
export type FacilitatorRole = z.infer<typeof FacilitatorRole>;

export const SESSION_STATUSES = ["SCHEDULED", "HELD", "CANCELLED"] as const;
export const SessionStatus = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const SESSION_CHANGE_KINDS = ["HELD", "CANCELLED", "RESCHEDULED", "POSTPONED", "MAKE_UP_ADDED"] as const;
export const SessionChangeKind = z.enum(SESSION_CHANGE_KINDS);

export const SCREENING_QUESTION_KINDS = ["TEXT", "YES_NO", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "SCALE"] as const;
export const ScreeningQuestionKind = z.enum(SCREENING_QUESTION_KINDS);
export type ScreeningQuestionKind = z.infer<typeof ScreeningQuestionKind>;

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
export const ApplicationStatus = z.enum(APPLICATION_STATUSES);
/** Applications still waiting for a decision: the intake queue's default view. */
export const OPEN_APPLICATION_STATUSES = [
  "SUBMITTED",
  "SCREENING",
  "INTERVIEW_SCHEDULED",
] as const satisfies readonly ApplicationStatus[];

/** What a facilitator recommends after the pre-group interview; an administrator decides. */
export const RECOMMENDATIONS = ["ACCEPT", "WAITLIST", "DECLINE", "REFER_ELSEWHERE"] as const;
export const Recommendation = z.enum(RECOMMENDATIONS);
export type Recommendation = z.infer<typeof Recommendation>;
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

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
export const ReferralSource = z.enum(REFERRAL_SOURCES);
export type ReferralSource = z.infer<typeof ReferralSource>;

export const WAITLIST_STATUSES = ["WAITING", "OFFERED", "ACCEPTED", "DECLINED", "EXPIRED", "REMOVED"] as const;
export const WaitlistStatus = z.enum(WAITLIST_STATUSES);
export type WaitlistStatus = z.infer<typeof WaitlistStatus>;

export const CONSENT_ACTIONS = ["GIVEN", "WITHDRAWN"] as const;
export const ConsentAction = z.enum(CONSENT_ACTIONS);

export const CONSENT_METHODS = ["SIGNED_ON_PAPER", "E_SIGNATURE", "VERBAL_WITH_WITNESS"] as const;
export const ConsentMethod = z.enum(CONSENT_METHODS);
export type ConsentMethod = z.infer<typeof ConsentMethod>;

export const ENROLLMENT_STATUSES = ["ENROLLED", "COMPLETED", "WITHDREW", "DROPPED", "NOT_COMPLETED"] as const;
export const EnrollmentStatus = z.enum(ENROLLMENT_STATUSES);
export type EnrollmentStatus = z.infer<typeof EnrollmentStatus>;

export const ATTENDANCE_STATUSES = ["PRESENT", "LATE", "LEFT_EARLY", "EXCUSED", "ABSENT"] as const;
export const AttendanceStatus = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const FOLLOW_UP_OUTCOMES = ["CONTACTED", "COULD_NOT_REACH", "MEMBER_WITHDREW"] as const;
export const FollowUpOutcome = z.enum(FOLLOW_UP_OUTCOMES);
export type FollowUpOutcome = z.infer<typeof FollowUpOutcome>;

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
export const ReferralCategory = z.enum(REFERRAL_CATEGORIES);
export type ReferralCategory = z.infer<typeof ReferralCategory>;

export const REFERRAL_URGENCIES = ["ROUTINE", "URGENT", "EMERGENCY"] as const;
export const ReferralUrgency = z.enum(REFERRAL_URGENCIES);
export type ReferralUrgency = z.infer<typeof ReferralUrgency>;

export const REFERRAL_STATUSES = [
  "SUGGESTED",
  "MADE",
  "CONNECTED",
  "DECLINED_BY_MEMBER",
  "COULD_NOT_REACH",
  "RESOURCE_DECLINED",
  "CLOSED",
] as const;
export const ReferralStatus = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const REFERRAL_OUTCOMES = ["SUCCESSFUL", "UNSUCCESSFUL"] as const;
export const ReferralOutcome = z.enum(REFERRAL_OUTCOMES);
export type ReferralOutcome = z.infer<typeof ReferralOutcome>;

export const REFERRAL_CLOSE_REASONS = [
  "MEMBER_REFUSED",
  "NO_CAPACITY",
  "NO_LONGER_NEEDED",
  "COULD_NOT_REACH_MEMBER",
  "COULD_NOT_REACH_RESOURCE",
  "OTHER",
] as const;
export const ReferralCloseReason = z.enum(REFERRAL_CLOSE_REASONS);
export type ReferralCloseReason = z.infer<typeof ReferralCloseReason>;

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
export const ResourceKind = z.enum(RESOURCE_KINDS);
export type ResourceKind = z.infer<typeof ResourceKind>;

export const RESOURCE_COSTS = ["FREE", "SLIDING_SCALE", "INSURANCE", "FEE"] as const;
export const ResourceCost = z.enum(RESOURCE_COSTS);
export type ResourceCost = z.infer<typeof ResourceCost>;
