import type { CredentialKind } from "@circle/validators";
import { CREDENTIAL_KINDS } from "@circle/validators/vocabulary";

export const CREDENTIAL_KIND_LABELS: Record<CredentialKind, string> = {
  PROFESSIONAL_LICENCE: "Professional licence",
  CERTIFICATION: "Certification",
  PEER_SUPPORT_TRAINING: "Peer support training",
};

export const CREDENTIAL_KIND_OPTIONS = CREDENTIAL_KINDS.map((value) => ({ value, label: CREDENTIAL_KIND_LABELS[value] }));

export const LICENCE_NOTE =
  "Therapy cohorts can only be scheduled with a lead who holds a current professional licence. Add the licence with its expiry date so Circle can tell when it lapses.";

export type CredentialStanding = "current" | "expiring" | "expired" | "no-expiry";

const SOON_DAYS = 60;

/** Whether a credential still counts today; "expiring" warns two months ahead. */
export function credentialStanding(expiresAt: Date | null, today = new Date()): CredentialStanding {
  if (!expiresAt) return "no-expiry";
  const startOfToday = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  if (expiresAt.getTime() < startOfToday) return "expired";
  if (expiresAt.getTime() < startOfToday + SOON_DAYS * 86_400_000) return "expiring";
  return "current";
}
