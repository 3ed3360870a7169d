import type { CohortStatus } from "@circle/validators";
import { Button, Group, Stack, Text } from "@mantine/core";
import { IconPlayerPlay, IconPlayerTrackNext } from "@tabler/icons-react";
import { useState } from "react";
import { SectionCard } from "../../../../components/section-card.tsx";
import { ChangeStatusModal } from "../../actions/change-status-modal.tsx";
import { ConfirmGoModal } from "../../actions/confirm-go-modal.tsx";
import { PostponeModal } from "../../actions/postpone-modal.tsx";
import { STATUS_ACTIONS } from "../../actions/status-actions.ts";
import { COHORT_STATUS_LABELS } from "../../cohort-labels.ts";
import { CohortStatusBadge } from "../../cohort-status-badge.tsx";
import type { Cohort } from "../../types.ts";

type Dialog = { kind: "status"; to: CohortStatus } | { kind: "postpone" } | { kind: "go" } | null;

const WHAT_IT_MEANS: Record<CohortStatus, string> = {
  PLANNED: "On the calendar; not yet taking applications.",
  OPEN_FOR_INTAKE: "Taking applications; accepted people can be enrolled.",
  RUNNING: "Under way: its first session has been held.",
  COMPLETED: "Finished. Its records stay for reports.",
  POSTPONED: "Moved later; open it for intake or plan it again when ready.",
  CANCELLED: "Will not run. This is final.",
};

/** The cohort's status, and for admins the moves it allows: each asks why. */
export function StatusCard({ cohort, canDecide }: { cohort: Cohort; canDecide: boolean }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  // Postponing moves the sessions too, so it has its own dialog; RUNNING only comes from holding session 1.
  const moves = cohort.nextStatuses.filter((status) => status !== "POSTPONED" && status !== "RUNNING");
  const canPostpone = cohort.nextStatuses.includes("POSTPONED") || cohort.status === "POSTPONED";
  // The go decision matters only while a cohort that has not started is under its minimum.
  const needsGo =
    (cohort.status === "PLANNED" || cohort.status === "OPEN_FOR_INTAKE") &&
    !cohort.goConfirmedAt &&
    cohort._count.enrollments < cohort.minimumEnrollment;

  return (
    <SectionCard title="Status">
      <Stack gap={4}>
        <Group gap="xs">
          <CohortStatusBadge status={cohort.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {WHAT_IT_MEANS[cohort.status]}
          {(cohort.status === "PLANNED" || cohort.status === "OPEN_FOR_INTAKE" || cohort.status === "POSTPONED") &&
            " It becomes running when its first session is marked held."}
        </Text>
      </Stack>
      {canDecide && (moves.length > 0 || canPostpone || needsGo) && (
        <Group gap="sm">
          {needsGo && (
            <Button
              variant="light"
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              onClick={() => setDialog({ kind: "go" })}
            >
              Confirm go
            </Button>
          )}
          {moves.map((to) => (
            <Button
              key={to}
              variant={STATUS_ACTIONS[to].color ? "light" : "default"}
              color={STATUS_ACTIONS[to].color}
              onClick={() => setDialog({ kind: "status", to })}
            >
              {STATUS_ACTIONS[to].label}
            </Button>
          ))}
          {canPostpone && (
            <Button
              variant="light"
              color="orange"
              leftSection={<IconPlayerTrackNext size={16} aria-hidden />}
              onClick={() => setDialog({ kind: "postpone" })}
            >
              {cohort.status === "POSTPONED" ? "Postpone further" : "Postpone"}
            </Button>
          )}
        </Group>
      )}
      {canDecide && moves.length === 0 && !canPostpone && (
        <Text size="xs" c="dimmed">
          A {COHORT_STATUS_LABELS[cohort.status].toLowerCase()} cohort has no further status to move to.
        </Text>
      )}
      {dialog?.kind === "status" && <ChangeStatusModal cohort={cohort} to={dialog.to} onClose={close} />}
      {dialog?.kind === "postpone" && <PostponeModal cohort={cohort} onClose={close} />}
      {dialog?.kind === "go" && <ConfirmGoModal cohort={{ ...cohort, enrolled: cohort._count.enrollments }} onClose={close} />}
    </SectionCard>
  );
}
