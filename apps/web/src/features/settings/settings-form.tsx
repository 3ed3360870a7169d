import { updateSettingsInput } from "@circle/validators";
import { Button, Group, NumberInput, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { setOrganisationTimeZone } from "../../lib/organisation-zone.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { TimeZoneSelect } from "../cohorts/time-zone-select.tsx";

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
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: saved,
    schema: updateSettingsInput,
    toInput: (values) => values,
    mutation: trpc.settings.update.mutationOptions(),
    // The thresholds change who is at risk: the cohorts' lists are refetched too.
    invalidates: [trpc.settings, trpc.cohorts],
    onSuccess: (next) => {
      form.setInitialValues(next);
      form.resetDirty(next);
      setOrganisationTimeZone(next.timeZone);
      notifications.show({ color: "green", message: "Settings saved" });
    },
  });

  return (
    <form {...formProps}>
      <Stack gap="lg" maw={560}>
        <FormFailure title="The settings were not saved" failure={failure} />
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
          <Button type="submit" loading={pending} disabled={!form.isDirty()}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
