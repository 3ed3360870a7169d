import { postponeCohortInput } from "@circle/validators";
import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors } from "../../../lib/form-errors.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useRefreshCohort } from "../use-refresh-cohort.ts";
import { ReasonField } from "./reason-field.tsx";

interface PostponeModalProps {
  cohort: { id: string; name: string };
  onClose: () => void;
}

const validate = schemaResolver(postponeCohortInput, { sync: true });

/** Moves every scheduled session later by whole weeks (same local time) and marks the cohort postponed. */
export function PostponeModal({ cohort, onClose }: PostponeModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshCohort(cohort.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ cohortId: string; weeks: number | string; reason: string }>({
    mode: "controlled",
    initialValues: { cohortId: cohort.id, weeks: 2, reason: "" },
    validate,
  });
  const postpone = useMutation(trpc.cohorts.postpone.mutationOptions());
  const weeks = Number(form.values.weeks);

  const submit = form.onSubmit((values) => {
    setFailure(null);
    postpone.mutate(
      { ...values, weeks: Number(values.weeks) },
      {
        onSuccess: async (result) => {
          await refresh();
          notifications.show({
            color: "green",
            title: `${cohort.name} is postponed`,
            message: `${result.movedSessions} session${result.movedSessions === 1 ? "" : "s"} moved ${values.weeks} week${Number(values.weeks) === 1 ? "" : "s"} later.`,
          });
          onClose();
        },
        onError: (error) => setFailure(applyServerErrors(form, error)),
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={`Postpone ${cohort.name}`} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Every scheduled session moves later by the same number of weeks, at the same local time, and the cohort becomes
            postponed. Members and facilitators keep their places.
          </Text>
          <NumberInput
            label="Move sessions later by"
            suffix={weeks === 1 ? " week" : " weeks"}
            min={1}
            max={26}
            allowDecimal={false}
            required
            {...form.getInputProps("weeks")}
          />
          <ReasonField
            value={form.values.reason}
            onChange={(reason) => form.setFieldValue("reason", reason)}
            error={form.errors.reason}
          />
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Not postponed">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="orange" loading={postpone.isPending}>
              Postpone
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
