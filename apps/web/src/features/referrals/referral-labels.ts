import type { ReferralStatus, ResourceCost, ResourceKind } from "@circle/validators";
import {
  REFERRAL_CATEGORY_LABELS,
  REFERRAL_CLOSE_REASON_LABELS,
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_URGENCY_LABELS,
} from "@circle/validators/labels";

export {
  REFERRAL_CATEGORY_LABELS,
  REFERRAL_CLOSE_REASON_LABELS,
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_URGENCY_LABELS,
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

export const REFERRAL_STATUS_COLORS: Record<ReferralStatus, string> = {
  SUGGESTED: "blue",
  MADE: "violet",
  CONNECTED: "green",
  DECLINED_BY_MEMBER: "gray",
  COULD_NOT_REACH: "orange",
  RESOURCE_DECLINED: "gray",
  CLOSED: "dark",
};

/** What moving a referral to a status is called on its button. */
export const REFERRAL_STEP_LABELS: Record<ReferralStatus, string> = {
  SUGGESTED: "Suggested",
  MADE: "Referral made",
  CONNECTED: "Member connected",
  DECLINED_BY_MEMBER: "Member declined",
  COULD_NOT_REACH: "Could not reach",
  RESOURCE_DECLINED: "Resource declined",
  CLOSED: "Close referral",
};
