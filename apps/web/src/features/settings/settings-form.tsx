import { updateSettingsInput } from "@circle/validators";
import { Alert, Button, Group, NumberInput, Stack, TextInput } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
import { setOrganisationTimeZone } from "../../lib/organisation-zone.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { TimeZoneSelect } from "../cohorts/time-zone-select.tsx";

// The same schema the server applies.
const validateSettings = schemaResolver(updateSettingsInput, { sync: true });

export interface OrganisationSettings {
  organisationName: string;
  timeZone: string;
  cohortAtRiskDays: number;
  followUpAfterAbsences: number;
  waitlistOfferDays: number;
}

// The ranges are the server's (updateSettingsInput); here they only guide the steppers.
const FIELDS: {
  name: Exclude<keyof OrganisationSettings, "organisationName" | "timeZone">;
  label: string;
  description: string;
  suffix: string;
  min: number;
  max: number;
}[] = [
  {
    name: "cohortAtRiskDays",
    label: "At-risk window",
    description:
      "A cohort still under its minimum enrollment this many days before its first session appears on the home page for a go / postpone decision.",
    suffix: " days",
    min: 1,
    max: 90,
  },
  {
    name: "followUpAfterAbsences",
    label: "Follow up after consecutive absences",
    description:
      "A member who misses this many sessions in a row appears on the facilitator's follow-up list until someone acts.",
    suffix: " absences",
    min: 1,
    max: 10,
  },
  {
    name: "waitlistOfferDays",
    label: "Waitlist offer lasts",
    description:
      "When a seat frees before the enrollment lock, the next person waiting has this long to accept it before it passes on.",
    suffix: " days",
    min: 1,
    max: 30,
  },
];

/** The organisation's name (on attendance letters) and the three numbers that tune how the dashboard watches cohorts, members and the waitlist. */
export function SettingsForm({ saved }: { saved: OrganisationSettings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<OrganisationSettings>({ mode: "controlled", initialValues: saved, validate: validateSettings });
  const update = useMutation(trpc.settings.update.mutationOptions());

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      update.mutate(values, {
        onSuccess: async (next) => {
          form.setInitialValues(next);
          form.resetDirty(next);
          setOrganisationTimeZone(next.timeZone);
          await Promise.all([
            queryClient.invalidateQueries(trpc.settings.pathFilter()),
            queryClient.invalidateQueries({ queryKey: trpc.cohorts.atRisk.queryKey() }),
          ]);
          notifications.show({ color: "green", message: "Settings saved" });
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
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={560}>
        {failure && (
          <Alert color="red" variant="light" role="alert" title="The settings were not saved">
            {failure}
          </Alert>
        )}
        <TextInput
          label="Organisation name"
          description="Printed at the head of attendance letters."
          maxLength={160}
          autoComplete="organization"
          {...form.getInputProps("organisationName")}
        />
        <TimeZoneSelect
          value={form.values.timeZone}
          onChange={(zone) => form.setFieldValue("timeZone", zone)}
          error={form.errors.timeZone}
          description={(abbreviation) =>
            `New cohorts start in this zone, and times that belong to no cohort (intake, history) are shown in it (now ${abbreviation}).`
          }
        />
        {FIELDS.map((field) => (
          <NumberInput
            key={field.name}
            label={field.label}
            description={field.description}
            suffix={field.suffix}
            min={field.min}
            max={field.max}
            allowDecimal={false}
            clampBehavior="none"
            {...form.getInputProps(field.name)}
          />
        ))}
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
