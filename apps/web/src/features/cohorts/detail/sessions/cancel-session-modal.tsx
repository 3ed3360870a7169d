import { cancelSessionInput } from "@circle/validators";
import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors } from "../../../../lib/form-errors.ts";
import { formatSessionStart } from "../../../../lib/format.ts";
import { useTRPC } from "../../../../lib/trpc.ts";
import { ReasonField } from "../../actions/reason-field.tsx";
import type { Cohort, CohortSession } from "../../types.ts";
import { useRefreshCohort } from "../../use-refresh-cohort.ts";

interface CancelSessionModalProps {
  cohort: Cohort;
  session: CohortSession;
  onClose: () => void;
}

const validate = schemaResolver(cancelSessionInput, { sync: true });

export function CancelSessionModal({ cohort, session, onClose }: CancelSessionModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshCohort(cohort.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: { sessionId: session.id, reason: "", addMakeUp: true },
    validate,
  });
  const cancel = useMutation(trpc.sessions.cancel.mutationOptions());

  const submit = form.onSubmit((values) => {
    setFailure(null);
    cancel.mutate(values, {
      onSuccess: async (result) => {
        await refresh();
        notifications.show({
          color: "green",
          message: result.makeUpId
            ? `Session ${session.number} is cancelled; a make-up session is added at the end`
            : `Session ${session.number} is cancelled`,
        });
        onClose();
      },
      onError: (error) => setFailure(applyServerErrors(form, error)),
    });
  });

  return (
    <Modal opened onClose={onClose} title={`Cancel session ${session.number}?`} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{formatSessionStart(session.startsAt, cohort.timeZone)}. A cancelled session cannot be restored.</Text>
          <ReasonField
            description="Facilitators and the history show it, e.g. “Building closed for repairs”."
            value={form.values.reason}
            onChange={(reason) => form.setFieldValue("reason", reason)}
            error={form.errors.reason}
          />
          <Checkbox
            label="Add a make-up session"
            description="A week after the last session, at the same time, covering the same module."
            {...form.getInputProps("addMakeUp", { type: "checkbox" })}
          />
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Not cancelled">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep the session
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              Cancel session
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
