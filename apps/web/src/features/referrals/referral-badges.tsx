import type { ReferralStatus, ReferralUrgency } from "@circle/validators";
import { Badge } from "@mantine/core";
import { REFERRAL_STATUS_COLORS, REFERRAL_STATUS_LABELS, REFERRAL_URGENCY_LABELS } from "./referral-labels.ts";

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  return (
    <Badge color={REFERRAL_STATUS_COLORS[status]} variant="light" radius="sm">
      {REFERRAL_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Emergencies stand out in solid red; the other urgencies stay quiet. */
export function ReferralUrgencyBadge({ urgency }: { urgency: ReferralUrgency }) {
  return (
    <Badge
      color={urgency === "EMERGENCY" ? "red.9" : urgency === "URGENT" ? "orange.9" : "gray"}
      variant={urgency === "EMERGENCY" ? "filled" : "light"}
      radius="sm"
    >
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
