import type { ReferralCategory, ReferralUrgency } from "@circle/validators";

export const REFERRAL_CATEGORY_LABELS: Record<ReferralCategory, string> = {
  INDIVIDUAL_THERAPY: "Individual therapy",
  PSYCHIATRY: "Psychiatry",
  CRISIS_SERVICES: "Crisis services",
  SUBSTANCE_USE_TREATMENT: "Substance-use treatment",
  MEDICAL: "Medical",
  HOUSING: "Housing",
  LEGAL: "Legal",
  OTHER: "Other",
};

export const REFERRAL_URGENCY_LABELS: Record<ReferralUrgency, string> = {
  ROUTINE: "Routine",
  URGENT: "Urgent",
  EMERGENCY: "Emergency",
};
