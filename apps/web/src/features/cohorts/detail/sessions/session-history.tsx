import { Text, Timeline } from "@mantine/core";
import { formatDateTime, formatSessionStart } from "../../../../lib/format.ts";
import type { CohortSession } from "../../types.ts";
import { SESSION_CHANGE_LABELS } from "./session-labels.ts";

/** Every change to one session, newest first: what, who, when, why; moves shown in the cohort's zone. */
export function SessionHistory({ session, timeZone }: { session: CohortSession; timeZone: string }) {
  return (
    <Timeline bulletSize={12} lineWidth={2} active={-1} role="list" aria-label={`History of session ${session.number}`}>
      {session.changes.map((change, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: history entries are never reordered or removed
        <Timeline.Item key={index} role="listitem" title={SESSION_CHANGE_LABELS[change.kind]}>
          {change.fromStartsAt && change.toStartsAt && (
            <Text size="sm">
              From {formatSessionStart(change.fromStartsAt, timeZone)} to {formatSessionStart(change.toStartsAt, timeZone)}
            </Text>
          )}
          {!change.fromStartsAt && change.toStartsAt && (
            <Text size="sm">On {formatSessionStart(change.toStartsAt, timeZone)}</Text>
          )}
          {change.reason && (
            <Text size="sm" style={{ whiteSpace: "pre-line" }}>
              “{change.reason}”
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {change.changedBy?.name ?? "Someone no longer on record"} · {formatDateTime(change.changedAt)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
