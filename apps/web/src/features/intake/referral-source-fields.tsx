import { REFERRAL_SOURCES } from "@circle/validators";
import { Grid, NativeSelect, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { ApplicationValues } from "./application-values.ts";
import { REFERRAL_SOURCE_LABELS } from "./intake-labels.ts";

export function ReferralSourceFields({ form }: { form: UseFormReturnType<ApplicationValues> }) {
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <NativeSelect
          label="Referral source"
          description="How they heard of the program"
          required
          data={[
            { value: "", label: "Choose one" },
            ...REFERRAL_SOURCES.map((source) => ({ value: source, label: REFERRAL_SOURCE_LABELS[source] })),
          ]}
          {...form.getInputProps("referralSource")}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <TextInput
          label="Referral details"
          description="Who referred them, or where they saw it"
          placeholder="e.g. Dr. Osei, Northside Clinic"
          {...form.getInputProps("referralSourceDetail")}
        />
      </Grid.Col>
    </Grid>
  );
}
