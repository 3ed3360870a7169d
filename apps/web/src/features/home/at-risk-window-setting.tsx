import { updateSettingsInput } from "@circle/validators";
import { Button, Group, NumberInput, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";

/** How many days before its start a cohort under its minimum counts as at risk (admins set it). */
export function AtRiskWindowSetting() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions());
  const saved = settings.data?.cohortAtRiskDays;
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: { cohortAtRiskDays: "" as number | string },
    schema: updateSettingsInput,
    toInput: (values) => ({ cohortAtRiskDays: Number(values.cohortAtRiskDays) }),
    mutation: trpc.settings.update.mutationOptions(),
    invalidates: [trpc.settings, trpc.cohorts],
    onSuccess: (result) =>
      notifications.show({
        color: "green",
        message: `Cohorts now count as at risk ${result.cohortAtRiskDays} days before they start`,
      }),
  });

  useEffect(() => {
    if (saved !== undefined) form.setValues({ cohortAtRiskDays: saved });
  }, [saved, form.setValues]);

  if (settings.error) {
    return (
      <Text size="xs" c="red">
        The at-risk window could not be loaded: {errorMessage(settings.error)}
      </Text>
    );
  }
  return (
    <form {...formProps} aria-label="At-risk window">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <NumberInput
          label="At-risk window"
          description="Days before a cohort's first session"
          size="xs"
          min={1}
          max={90}
          allowDecimal={false}
          suffix=" days"
          {...form.getInputProps("cohortAtRiskDays")}
          // The compact form has no room for an alert: a failure without a field shows here too.
          error={form.errors.cohortAtRiskDays ?? failure}
          disabled={saved === undefined}
          w={200}
        />
        <Button
          type="submit"
          size="xs"
          variant="default"
          loading={pending}
          disabled={saved === undefined || Number(form.values.cohortAtRiskDays) === saved}
        >
          Save
        </Button>
      </Group>
    </form>
  );
}
