import type { AttendanceStatus } from "@circle/validators";
import { List, Text } from "@mantine/core";
import { formatDateTime } from "../../lib/format.ts";
import { ATTENDANCE_LABELS } from "./attendance-labels.ts";

export interface Correction {
  id: string;
  fromStatus: AttendanceStatus;
  toStatus: AttendanceStatus;
  fromNote: string | null;
  toNote: string | null;
  reason: string | null;
  changedAt: Date;
  changedBy: { name: string } | null;
}

/** A record's corrections, oldest first: who changed it when, from what to what, and why. */
export function CorrectionHistory({ corrections }: { corrections: Correction[] }) {
  return (
    <List size="xs" mt={6} c="dimmed" aria-label="Corrections">
      {corrections.map((c) => (
        <List.Item key={c.id}>
          <Text span size="xs">
            {formatDateTime(c.changedAt)}, {c.changedBy?.name ?? "someone no longer here"}:{" "}
            {c.fromStatus === c.toStatus
              ? `note changed (${ATTENDANCE_LABELS[c.toStatus]})`
              : `${ATTENDANCE_LABELS[c.fromStatus]} → ${ATTENDANCE_LABELS[c.toStatus]}`}
            {c.reason ? ` — “${c.reason}”` : ""}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
