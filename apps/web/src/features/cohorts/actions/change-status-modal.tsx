import { type CohortStatus, changeCohortStatusInput } from "@circle/validators";
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors } from "../../../lib/form-errors.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { COHORT_STATUS_LABELS } from "../cohort-labels.ts";
import { useRefreshCohort } from "../use-refresh-cohort.ts";
import { ReasonField } from "./reason-field.tsx";
import { STATUS_ACTIONS } from "./status-actions.ts";

interface ChangeStatusModalProps {
  cohort: { id: string; name: string; status: CohortStatus };
  to: CohortStatus;
  onClose: () => void;
}

const validate = schemaResolver(changeCohortStatusInput, { sync: true });

export function ChangeStatusModal({ cohort, to, onClose }: ChangeStatusModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshCohort(cohort.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: { cohortId: cohort.id, status: to, reason: "" },
    validate,
  });
  const change = useMutation(trpc.cohorts.changeStatus.mutationOptions());
  const action = STATUS_ACTIONS[to];

  const submit = form.onSubmit((values) => {
    setFailure(null);
    change.mutate(values, {
      onSuccess: async () => {
        await refresh();
        notifications.show({ color: "green", message: `${cohort.name} is now ${COHORT_STATUS_LABELS[to].toLowerCase()}` });
        onClose();
      },
      onError: (error) => setFailure(applyServerErrors(form, error)),
    });
  });

  return (
    <Modal opened onClose={onClose} title={`${action.label}: ${cohort.name}`} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            From <strong>{COHORT_STATUS_LABELS[cohort.status]}</strong> to <strong>{COHORT_STATUS_LABELS[to]}</strong>.{" "}
            {action.consequence}
          </Text>
          <ReasonField
            value={form.values.reason}
            onChange={(reason) => form.setFieldValue("reason", reason)}
            error={form.errors.reason}
          />
          {failure && (
            <Alert color="red" variant="light" role="alert" title="The status did not change">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep it {COHORT_STATUS_LABELS[cohort.status].toLowerCase()}
            </Button>
            <Button type="submit" color={action.color} loading={change.isPending}>
              {action.label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
