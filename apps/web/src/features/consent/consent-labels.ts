import type { ConsentMethod } from "@circle/validators";

export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  SIGNED_ON_PAPER: "Signed on paper",
  E_SIGNATURE: "E-signature (typed full name)",
  VERBAL_WITH_WITNESS: "Verbal, with a witness",
};
