import { setFacilitatorsInput } from "@circle/validators";
import { Button, Group, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { SectionCard } from "../../../../components/section-card.tsx";
import { FormFailure } from "../../../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../../lib/trpc.ts";
import { type FacilitatorChoice, FacilitatorFields } from "../../facilitator-fields.tsx";
import type { Cohort } from "../../types.ts";

function currentChoice(cohort: Cohort): FacilitatorChoice {
  return {
    leadId: cohort.facilitators.find((f) => f.role === "LEAD")?.user.id ?? "",
    coFacilitatorIds: cohort.facilitators.filter((f) => f.role === "CO_FACILITATOR").map((f) => f.user.id),
  };
}

/** Admins change the lead and co-facilitators; the server applies the licence rule and says why it refuses. */
export function ChangeFacilitatorsForm({ cohort }: { cohort: Cohort }) {
  const trpc = useTRPC();
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: { facilitators: currentChoice(cohort) },
    schema: setFacilitatorsInput,
    toInput: (values) => ({ cohortId: cohort.id, facilitators: values.facilitators }),
    validate: (values) => (values.facilitators.leadId ? {} : { "facilitators.leadId": "Choose who leads the cohort" }),
    mutation: trpc.cohorts.setFacilitators.mutationOptions(),
    invalidates: [trpc.cohorts, trpc.sessions],
    onSuccess: (_result, values) => {
      form.setInitialValues(values);
      form.resetDirty(values);
      notifications.show({ color: "green", message: "The facilitators are saved" });
    },
  });
  const licenceRule = cohort.program.groupType === "THERAPY" ? "therapy" : cohort.program.requiresLicensedLead ? "program" : null;

  return (
    <SectionCard title="Change facilitators">
      <form {...formProps}>
        <Stack gap="md">
          <FacilitatorFields
            value={form.values.facilitators}
            onChange={(facilitators) => {
              form.setFieldValue("facilitators", facilitators);
              form.clearFieldError("facilitators.leadId");
            }}
            leadError={form.errors["facilitators.leadId"]}
            coFacilitatorsError={form.errors["facilitators.coFacilitatorIds"]}
            licenceRule={licenceRule}
          />
          <FormFailure title="Not saved" failure={failure} />
          <Group justify="flex-end">
            <Button variant="default" disabled={!form.isDirty() || pending} onClick={() => form.reset()}>
              Discard changes
            </Button>
            <Button type="submit" loading={pending} disabled={!form.isDirty()}>
              Save facilitators
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
