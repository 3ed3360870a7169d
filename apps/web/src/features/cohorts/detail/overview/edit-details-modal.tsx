import { updateCohortInput } from "@circle/validators";
import { Alert, Button, Grid, Group, Modal, NumberInput, Stack, TextInput } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors, revealErrors } from "../../../../lib/form-errors.ts";
import { useTRPC } from "../../../../lib/trpc.ts";
import { PlaceFields } from "../../new/place-fields.tsx";
import type { Cohort } from "../../types.ts";
import { useRefreshCohort } from "../../use-refresh-cohort.ts";

interface DetailsValues {
  cohortId: string;
  name: string;
  location: string;
  meetingUrl: string;
  capacity: number | string;
  minimumEnrollment: number | string;
}

const validateInput = schemaResolver(updateCohortInput, { sync: true });

/** Name, place and seats; the schedule itself moves through its sessions (reschedule, postpone). */
export function EditDetailsModal({ cohort, onClose }: { cohort: Cohort; onClose: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshCohort(cohort.id);
  const [failure, setFailure] = useState<string | null>(null);
  const delivery = cohort.program.delivery;
  const form = useForm<DetailsValues>({
    mode: "controlled",
    initialValues: {
      cohortId: cohort.id,
      name: cohort.name,
      location: cohort.location ?? "",
      meetingUrl: cohort.meetingUrl ?? "",
      capacity: cohort.capacity,
      minimumEnrollment: cohort.minimumEnrollment,
    },
    validate: (values) => validateInput(toInput(values)),
  });
  const update = useMutation(trpc.cohorts.update.mutationOptions());

  function toInput(values: DetailsValues) {
    return {
      ...values,
      location: delivery === "ONLINE" ? null : values.location,
      meetingUrl: delivery === "IN_PERSON" ? null : values.meetingUrl,
      capacity: Number(values.capacity),
      minimumEnrollment: Number(values.minimumEnrollment),
    };
  }

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      update.mutate(toInput(values), {
        onSuccess: async () => {
          await refresh();
          notifications.show({ color: "green", message: `${values.name} is saved` });
          onClose();
        },
        onError: (error) => {
          setFailure(applyServerErrors(form, error));
          revealErrors(formElement);
        },
      });
    },
    (_errors, _values, event) => revealErrors(event?.currentTarget),
  );

  return (
    <Modal opened onClose={onClose} title="Edit cohort details" size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              {failure}
            </Alert>
          )}
          <TextInput label="Cohort name" required data-autofocus autoComplete="off" {...form.getInputProps("name")} />
          <PlaceFields form={form} delivery={delivery} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput label="Capacity" required min={1} max={200} allowDecimal={false} {...form.getInputProps("capacity")} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput
                label="Minimum enrollment"
                required
                min={1}
                max={200}
                allowDecimal={false}
                {...form.getInputProps("minimumEnrollment")}
              />
            </Grid.Col>
          </Grid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save details
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
