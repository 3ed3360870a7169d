import type {
  ReferralCategory,
  ReferralCloseReason,
  ReferralOutcome,
  ReferralStatus,
  ReferralUrgency,
  ResourceCost,
  ResourceKind,
} from "@circle/validators";

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

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  SUGGESTED: "Suggested",
  MADE: "Made",
  CONNECTED: "Connected",
  DECLINED_BY_MEMBER: "Declined by member",
  COULD_NOT_REACH: "Could not reach",
  RESOURCE_DECLINED: "Resource declined",
  CLOSED: "Closed",
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

export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  CRISIS_LINE: "Crisis line",
  INDIVIDUAL_THERAPY: "Individual therapy",
  PSYCHIATRY: "Psychiatry",
  SUBSTANCE_USE_TREATMENT: "Substance-use treatment",
  MEDICAL: "Medical",
  HOUSING: "Housing",
  LEGAL: "Legal",
  FINANCIAL: "Financial",
  OTHER: "Other",
};

export const RESOURCE_COST_LABELS: Record<ResourceCost, string> = {
  FREE: "Free",
  SLIDING_SCALE: "Sliding scale",
  INSURANCE: "Insurance",
  FEE: "Fee",
};
