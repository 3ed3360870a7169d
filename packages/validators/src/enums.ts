// The product's fixed vocabularies as schemas, built from their values in vocabulary.ts.
import { z } from "zod";
import {
  APPLICATION_STATUSES,
  ATTENDANCE_STATUSES,
  COHORT_STATUSES,
  CONSENT_ACTIONS,
  CONSENT_METHODS,
  CREDENTIAL_KINDS,
  DELIVERIES,
  ENROLLMENT_STATUSES,
  FACILITATOR_ROLES,
  FOLLOW_UP_OUTCOMES,
  GROUP_TYPES,
  LEADERSHIPS,
  RECOMMENDATIONS,
  REFERRAL_CATEGORIES,
  REFERRAL_CLOSE_REASONS,
  REFERRAL_OUTCOMES,
  REFERRAL_SOURCES,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  RESOURCE_COSTS,
  RESOURCE_KINDS,
  ROLES,
  SCREENING_QUESTION_KINDS,
  SESSION_CHANGE_KINDS,
  SESSION_STATUSES,
  WAITLIST_STATUSES,
} from "./vocabulary.ts";

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const CredentialKind = z.enum(CREDENTIAL_KINDS);
export type CredentialKind = z.infer<typeof CredentialKind>;

export const GroupType = z.enum(GROUP_TYPES);
export type GroupType = z.infer<typeof GroupType>;

export const Leadership = z.enum(LEADERSHIPS);
export type Leadership = z.infer<typeof Leadership>;

export const Delivery = z.enum(DELIVERIES);
export type Delivery = z.infer<typeof Delivery>;

export const CohortStatus = z.enum(COHORT_STATUSES);
export type CohortStatus = z.infer<typeof CohortStatus>;

export const FacilitatorRole = z.enum(FACILITATOR_ROLES);
export type FacilitatorRole = z.infer<typeof FacilitatorRole>;

export const SessionStatus = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const SessionChangeKind = z.enum(SESSION_CHANGE_KINDS);

export const ScreeningQuestionKind = z.enum(SCREENING_QUESTION_KINDS);
export type ScreeningQuestionKind = z.infer<typeof ScreeningQuestionKind>;

export const ApplicationStatus = z.enum(APPLICATION_STATUSES);
/** Applications still waiting for a decision: the intake queue's default view. */
export const OPEN_APPLICATION_STATUSES = [
  "SUBMITTED",
  "SCREENING",
  "INTERVIEW_SCHEDULED",
] as const satisfies readonly ApplicationStatus[];

/** What a facilitator recommends after the pre-group interview; an administrator decides. */
export const Recommendation = z.enum(RECOMMENDATIONS);
export type Recommendation = z.infer<typeof Recommendation>;
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const ReferralSource = z.enum(REFERRAL_SOURCES);
export type ReferralSource = z.infer<typeof ReferralSource>;

export const WaitlistStatus = z.enum(WAITLIST_STATUSES);
export type WaitlistStatus = z.infer<typeof WaitlistStatus>;

export const ConsentAction = z.enum(CONSENT_ACTIONS);

export const ConsentMethod = z.enum(CONSENT_METHODS);
export type ConsentMethod = z.infer<typeof ConsentMethod>;

export const EnrollmentStatus = z.enum(ENROLLMENT_STATUSES);
export type EnrollmentStatus = z.infer<typeof EnrollmentStatus>;

export const AttendanceStatus = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const FollowUpOutcome = z.enum(FOLLOW_UP_OUTCOMES);
export type FollowUpOutcome = z.infer<typeof FollowUpOutcome>;

export const ReferralCategory = z.enum(REFERRAL_CATEGORIES);
export type ReferralCategory = z.infer<typeof ReferralCategory>;

export const ReferralUrgency = z.enum(REFERRAL_URGENCIES);
export type ReferralUrgency = z.infer<typeof ReferralUrgency>;

export const ReferralStatus = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const ReferralOutcome = z.enum(REFERRAL_OUTCOMES);
export type ReferralOutcome = z.infer<typeof ReferralOutcome>;

export const ReferralCloseReason = z.enum(REFERRAL_CLOSE_REASONS);
export type ReferralCloseReason = z.infer<typeof ReferralCloseReason>;

export const ResourceKind = z.enum(RESOURCE_KINDS);
export type ResourceKind = z.infer<typeof ResourceKind>;

export const ResourceCost = z.enum(RESOURCE_COSTS);
export type ResourceCost = z.infer<typeof ResourceCost>;
