import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../../lib/api-error.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useRefreshCohort } from "../use-refresh-cohort.ts";
import { ReasonField } from "./reason-field.tsx";

interface ConfirmGoModalProps {
  cohort: { id: string; name: string; enrolled: number; minimumEnrollment: number };
  onClose: () => void;
}

/** The go decision: the cohort runs as planned despite low enrollment and leaves the at-risk list. */
export function ConfirmGoModal({ cohort, onClose }: ConfirmGoModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshCohort(cohort.id);
  const [reason, setReason] = useState("");
  const confirmGo = useMutation(trpc.cohorts.confirmGo.mutationOptions());

  const confirm = () =>
    confirmGo.mutate(
      { cohortId: cohort.id, reason },
      {
        onSuccess: async () => {
          await refresh();
          notifications.show({ color: "green", message: `${cohort.name} goes ahead as planned` });
          onClose();
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={`Go ahead with ${cohort.name}?`} centered>
      <Stack gap="md">
        <Text size="sm">
          {cohort.enrolled} enrolled, {cohort.minimumEnrollment} wanted. It runs as scheduled and no longer shows as at risk.
        </Text>
        <ReasonField
          label="Note"
          description="Optional: why it runs anyway (e.g. two more people are in intake)."
          required={false}
          value={reason}
          onChange={setReason}
        />
        {confirmGo.error && (
          <Alert color="red" variant="light" role="alert" title="Not confirmed">
            {errorMessage(confirmGo.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={confirm} loading={confirmGo.isPending}>
            Go ahead
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
