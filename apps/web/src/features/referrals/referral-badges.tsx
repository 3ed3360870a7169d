import type { ReferralStatus, ReferralUrgency } from "@circle/validators";
import { Badge, type BadgeProps } from "@mantine/core";
import { REFERRAL_STATUS_COLORS, REFERRAL_STATUS_LABELS, REFERRAL_URGENCY_LABELS } from "./referral-labels.ts";

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  return (
    <Badge color={REFERRAL_STATUS_COLORS[status]} variant="light" radius="sm">
      {REFERRAL_STATUS_LABELS[status]}
    </Badge>
  );
}

const URGENCY_LOOKS: Record<ReferralUrgency, BadgeProps> = {
  // Emergencies stand out in solid red; urgent in a light orange with dark text; routine stays quiet.
  EMERGENCY: { color: "red.9", variant: "filled" },
  URGENT: { color: "orange.2", variant: "filled", autoContrast: true },
  ROUTINE: { color: "gray", variant: "light" },
};

export function ReferralUrgencyBadge({ urgency }: { urgency: ReferralUrgency }) {
  return (
    <Badge {...URGENCY_LOOKS[urgency]} radius="sm">
      {REFERRAL_URGENCY_LABELS[urgency]}
    </Badge>
  );
}

/** A follow-up date in the past on a referral still open. */
export function OverdueBadge() {
  return (
    <Badge color="red.9" variant="outline" radius="sm">
      Overdue
    </Badge>
  );
}
