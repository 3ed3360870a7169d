import type { ApplicationStatus } from "@circle/validators";
import { Badge } from "@mantine/core";
import { APPLICATION_STATUS_COLORS, APPLICATION_STATUS_LABELS } from "./intake-labels.ts";

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  return (
    <Badge color={APPLICATION_STATUS_COLORS[status]} variant="light" radius="sm">
      {APPLICATION_STATUS_LABELS[status]}
    </Badge>
  );
}
