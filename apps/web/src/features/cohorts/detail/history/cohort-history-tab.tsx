import { Paper, Text, Timeline } from "@mantine/core";
import { IconCircleDot } from "@tabler/icons-react";
import { formatDateTime } from "../../../../lib/format.ts";
import { COHORT_STATUS_COLORS, COHORT_STATUS_LABELS } from "../../cohort-labels.ts";
import { useCohort } from "../cohort-context.ts";

/** Every status change, newest first: from what to what, who, when and why. */
export function CohortHistoryTab() {
  const cohort = useCohort();
  if (cohort.statusChanges.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text size="sm" c="dimmed">
          No status changes are recorded for this cohort.
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="lg">
      <Timeline bulletSize={20} lineWidth={2} active={0} role="list" aria-label="Status history">
        {cohort.statusChanges.map((change) => (
          <Timeline.Item
            key={change.id}
            role="listitem"
            color={COHORT_STATUS_COLORS[change.toStatus]}
            bullet={<IconCircleDot size={12} aria-hidden />}
            title={
              change.fromStatus
                ? `${COHORT_STATUS_LABELS[change.fromStatus]} → ${COHORT_STATUS_LABELS[change.toStatus]}`
                : COHORT_STATUS_LABELS[change.toStatus]
            }
          >
            {change.reason && (
              <Text size="sm" style={{ whiteSpace: "pre-line" }}>
                {change.reason}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={2}>
              {change.changedBy?.name ?? "Someone no longer on record"} ·{" "}
              <time dateTime={change.changedAt.toISOString()}>{formatDateTime(change.changedAt)}</time>
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
