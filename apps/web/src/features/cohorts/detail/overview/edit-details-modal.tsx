import { updateCohortInput } from "@circle/validators";
import { Grid, NumberInput, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { FormDialog } from "../../../../lib/forms/form-dialog.tsx";
import { useCommandForm } from "../../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../../lib/trpc.ts";
import { PlaceFields } from "../../new/place-fields.tsx";
import type { Cohort } from "../../types.ts";

interface DetailsValues {
  name: string;
  location: string;
  meetingUrl: string;
  capacity: number | string;
  minimumEnrollment: number | string;
}

/** Name, place and seats; the schedule itself moves through its sessions (reschedule, postpone). */
export function EditDetailsModal({ cohort, onClose }: { cohort: Cohort; onClose: () => void }) {
  const trpc = useTRPC();
  const delivery = cohort.program.delivery;
  const command = useCommandForm({
    initialValues: {
      name: cohort.name,
      location: cohort.location ?? "",
      meetingUrl: cohort.meetingUrl ?? "",
      capacity: cohort.capacity,
      minimumEnrollment: cohort.minimumEnrollment,
    } as DetailsValues,
    schema: updateCohortInput,
    toInput: (values) => ({
      cohortId: cohort.id,
      ...values,
      location: delivery === "ONLINE" ? null : values.location,
      meetingUrl: delivery === "IN_PERSON" ? null : values.meetingUrl,
      capacity: Number(values.capacity),
      minimumEnrollment: Number(values.minimumEnrollment),
    }),
    mutation: trpc.cohorts.update.mutationOptions(),
    invalidates: [trpc.cohorts, trpc.sessions, trpc.enrollment],
    onSuccess: ({ offeredSeats }, values) => {
      const offers = offeredSeats
        ? ` ${offeredSeats} new seat${offeredSeats === 1 ? " was" : "s were"} offered to the waitlist.`
        : "";
      notifications.show({ color: "green", message: `${values.name} is saved.${offers}` });
      onClose();
    },
  });
  const { form } = command;

  return (
    <FormDialog
      onClose={onClose}
      title="Edit cohort details"
      command={command}
      failureTitle="Not saved"
      submitLabel="Save details"
    >
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
    </FormDialog>
  );
}
