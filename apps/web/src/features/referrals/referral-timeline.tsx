import { Text, Timeline } from "@mantine/core";
import { IconPoint } from "@tabler/icons-react";
import { SectionCard } from "../../components/section-card.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { REFERRAL_STATUS_LABELS } from "./referral-labels.ts";
import type { ReferralDetail } from "./types.ts";

/** Every step of the referral's loop: to what, by whom, when, and the note kept with it. */
export function ReferralTimeline({ referral }: { referral: ReferralDetail }) {
  const steps = referral.statusChanges;
  return (
    <SectionCard title="Timeline">
      <Timeline active={steps.length - 1} bulletSize={24} lineWidth={2} role="list" aria-label="Referral timeline">
        {steps.map((step) => (
          <Timeline.Item
            key={step.id}
            role="listitem"
            bullet={<IconPoint size={14} aria-hidden />}
            title={
              <Text size="sm" fw={600}>
                {step.fromStatus
                  ? `${REFERRAL_STATUS_LABELS[step.fromStatus]} → ${REFERRAL_STATUS_LABELS[step.toStatus]}`
                  : `Logged as ${REFERRAL_STATUS_LABELS[step.toStatus].toLowerCase()}`}
              </Text>
            }
          >
            <Text size="xs" c="dimmed">
              {formatDateTime(step.changedAt)}
              {step.changedBy ? ` · ${step.changedBy.name}` : ""}
            </Text>
            {step.note && (
              <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap" }}>
                {step.note}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </SectionCard>
  );
}
