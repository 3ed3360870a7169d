import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../../../../lib/api-error.ts";
import { formatSessionStart } from "../../../../lib/format.ts";
import { useTRPC } from "../../../../lib/trpc.ts";
import type { Cohort, CohortSession } from "../../types.ts";
import { useRefreshCohort } from "../../use-refresh-cohort.ts";

interface MarkHeldModalProps {
  cohort: Cohort;
  session: CohortSession;
  onClose: () => void;
}

export function MarkHeldModal({ cohort, session, onClose }: MarkHeldModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshCohort(cohort.id);
  const markHeld = useMutation(trpc.sessions.markHeld.mutationOptions());
  const startsCohort = cohort.status !== "RUNNING";
  const locksEnrollment = cohort.heldSessions + 1 === cohort.joinUntilSession;

  const confirm = () =>
    markHeld.mutate(
      { sessionId: session.id },
      {
        onSuccess: async () => {
          await refresh();
          notifications.show({ color: "green", message: `Session ${session.number} is marked held` });
          onClose();
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={`Mark session ${session.number} held?`} centered>
      <Stack gap="md">
        <Text size="sm">
          {formatSessionStart(session.startsAt, cohort.timeZone)}. Once held, it cannot be cancelled or moved.
        </Text>
        {startsCohort && <Text size="sm">The cohort becomes running.</Text>}
        {locksEnrollment && <Text size="sm">Enrollment closes: no one joins after this session has been held.</Text>}
        {markHeld.error && (
          <Alert color="red" variant="light" role="alert" title="Not marked held">
            {errorMessage(markHeld.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={confirm} loading={markHeld.isPending} data-autofocus>
            Mark held
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
