import type { CohortStatus } from "@circle/validators";
import { Badge } from "@mantine/core";
import { COHORT_STATUS_COLORS, COHORT_STATUS_LABELS } from "./cohort-labels.ts";

export function CohortStatusBadge({ status }: { status: CohortStatus }) {
  return (
    <Badge color={COHORT_STATUS_COLORS[status]} variant="light" radius="sm">
      {COHORT_STATUS_LABELS[status]}
    </Badge>
  );
}
