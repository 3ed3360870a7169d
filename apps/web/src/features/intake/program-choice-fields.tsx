import { Grid, NativeSelect } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";
import { COHORT_STATUS_LABELS } from "../cohorts/cohort-labels.ts";
import type { ApplicationValues } from "./application-values.ts";
import { useCohortOptions } from "./use-cohort-options.ts";

/** The program applied to and, when the person asks for one, a cohort of it that still takes people. */
export function ProgramChoiceFields({ form }: { form: UseFormReturnType<ApplicationValues> }) {
  const trpc = useTRPC();
  const programs = useQuery(trpc.programs.options.queryOptions());
  const cohorts = useCohortOptions(form.values.programId || undefined);
  const open = (cohorts.data ?? []).filter((cohort) => cohort.status !== "COMPLETED" && cohort.status !== "CANCELLED");
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <NativeSelect
          label="Program"
          required
          data={[
            { value: "", label: programs.isPending ? "Loading programs…" : "Choose a program" },
            ...(programs.data ?? []).map((program) => ({ value: program.id, label: program.name })),
          ]}
          {...form.getInputProps("programId")}
          onChange={(event) => {
            // Another program has other cohorts and other questions.
            form.setFieldValue("programId", event.currentTarget.value);
            form.setFieldValue("cohortId", "");
            form.setFieldValue("answers", {});
          }}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <NativeSelect
          label="Cohort"
          description="Leave as any cohort to join the program's waitlist"
          disabled={!form.values.programId}
          data={[
            { value: "", label: "Any cohort of this program" },
            ...open.map((cohort) => ({ value: cohort.id, label: `${cohort.name} (${COHORT_STATUS_LABELS[cohort.status]})` })),
          ]}
          {...form.getInputProps("cohortId")}
        />
      </Grid.Col>
    </Grid>
  );
}
