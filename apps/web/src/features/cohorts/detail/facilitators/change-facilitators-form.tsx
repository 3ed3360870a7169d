import { Alert, Button, Group } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { SectionCard } from "../../../../components/section-card.tsx";
import { applyServerErrors } from "../../../../lib/form-errors.ts";
import { useTRPC } from "../../../../lib/trpc.ts";
import { type FacilitatorChoice, FacilitatorFields } from "../../facilitator-fields.tsx";
import type { Cohort } from "../../types.ts";
import { useRefreshCohort } from "../../use-refresh-cohort.ts";

function currentChoice(cohort: Cohort): FacilitatorChoice {
  return {
    leadId: cohort.facilitators.find((f) => f.role === "LEAD")?.user.id ?? "",
    coFacilitatorIds: cohort.facilitators.filter((f) => f.role === "CO_FACILITATOR").map((f) => f.user.id),
  };
}

/** Admins change the lead and co-facilitators; the server applies the licence rule and says why it refuses. */
export function ChangeFacilitatorsForm({ cohort }: { cohort: Cohort }) {
  const trpc = useTRPC();
  const refresh = useRefreshCohort(cohort.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ facilitators: FacilitatorChoice }>({
    mode: "controlled",
    initialValues: { facilitators: currentChoice(cohort) },
    validate: { facilitators: { leadId: (value) => (value ? null : "Choose who leads the cohort") } },
  });
  const save = useMutation(trpc.cohorts.setFacilitators.mutationOptions());
  const licenceRule = cohort.program.groupType === "THERAPY" ? "therapy" : cohort.program.requiresLicensedLead ? "program" : null;

  const submit = form.onSubmit((values) => {
    setFailure(null);
    save.mutate(
      { cohortId: cohort.id, facilitators: values.facilitators },
      {
        onSuccess: async () => {
          await refresh();
          form.setInitialValues(values);
          form.resetDirty(values);
          notifications.show({ color: "green", message: "The facilitators are saved" });
        },
        onError: (error) => setFailure(applyServerErrors(form, error)),
      },
    );
  });

  return (
    <SectionCard title="Change facilitators">
      <form onSubmit={submit} noValidate>
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
        {failure && (
          <Alert color="red" variant="light" role="alert" title="Not saved" mt="md">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" disabled={!form.isDirty() || save.isPending} onClick={() => form.reset()}>
            Discard changes
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
            Save facilitators
          </Button>
        </Group>
      </form>
    </SectionCard>
  );
}
