import type { SessionStatus } from "@circle/validators";
import { Badge } from "@mantine/core";
import { SESSION_STATUS_COLORS, SESSION_STATUS_LABELS } from "./session-labels.ts";

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const color = SESSION_STATUS_COLORS[status];
  // A light tint's own text shade (even the darkest, green 9) is under 4.5:1 on it; dark text reads.
  return (
    <Badge color={color} c="dark.8" variant={status === "SCHEDULED" ? "outline" : "light"} radius="sm">
      {SESSION_STATUS_LABELS[status]}
    </Badge>
  );
}
