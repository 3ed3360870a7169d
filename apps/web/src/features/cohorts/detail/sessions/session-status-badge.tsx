import type { SessionStatus } from "@circle/validators";
import { Badge } from "@mantine/core";
import { SESSION_STATUS_COLORS, SESSION_STATUS_LABELS } from "./session-labels.ts";

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  return (
    <Badge color={SESSION_STATUS_COLORS[status]} variant={status === "SCHEDULED" ? "outline" : "light"} radius="sm">
      {SESSION_STATUS_LABELS[status]}
    </Badge>
  );
}
