import { Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ConfirmDialog } from "../../../../components/confirm/confirm-dialog.tsx";
import { formatSessionStart } from "../../../../lib/format.ts";
import { useTRPC } from "../../../../lib/trpc.ts";
import type { Cohort, CohortSession } from "../../types.ts";

interface MarkHeldModalProps {
  cohort: Cohort;
  session: CohortSession;
  onClose: () => void;
}

export function MarkHeldModal({ cohort, session, onClose }: MarkHeldModalProps) {
  const trpc = useTRPC();
  const startsCohort = cohort.status !== "RUNNING";
  const locksEnrollment = cohort.heldSessions + 1 === cohort.joinUntilSession;
  return (
    <ConfirmDialog
      onClose={onClose}
      title={`Mark session ${session.number} held?`}
      mutation={trpc.sessions.markHeld.mutationOptions()}
      input={{ sessionId: session.id }}
      invalidates={[trpc.cohorts, trpc.sessions]}
      onSuccess={() => notifications.show({ color: "green", message: `Session ${session.number} is marked held` })}
      failureTitle="Not marked held"
      confirmLabel="Mark held"
      focusConfirm
    >
      <Text size="sm">{formatSessionStart(session.startsAt, cohort.timeZone)}. Once held, it cannot be cancelled or moved.</Text>
      {startsCohort && <Text size="sm">The cohort becomes running.</Text>}
      {locksEnrollment && <Text size="sm">Enrollment closes: no one joins after this session has been held.</Text>}
    </ConfirmDialog>
  );
}
