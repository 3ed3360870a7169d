import { createCohortInput, type Delivery } from "@circle/validators";
import { Box, Button, Grid, Group, NumberInput, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { FormSection } from "../../../components/form-section.tsx";
import { FormFailure } from "../../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { FacilitatorFields } from "../facilitator-fields.tsx";
import classes from "./new-cohort-form.module.css";
import { blankCohort, toCreateCohortInput, validateNewCohort } from "./new-cohort-values.ts";
import { PlaceFields } from "./place-fields.tsx";
import { ProgramChoice } from "./program-choice.tsx";
import { ScheduleFields } from "./schedule-fields.tsx";
import { SessionPreview } from "./session-preview.tsx";
import { SkipDates } from "./skip-dates.tsx";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function NewCohortForm({ initialProgramId }: { initialProgramId: string | undefined }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: blankCohort(initialProgramId),
    schema: createCohortInput,
    toInput: (values) => toCreateCohortInput(values, delivery),
    validate: (values) => validateNewCohort(values, delivery),
    mutation: trpc.cohorts.create.mutationOptions(),
    invalidates: [trpc.cohorts, trpc.programs, trpc.sessions],
    onSuccess: async (cohort) => {
      notifications.show({
        color: "green",
        title: `${cohort.name} is scheduled`,
        message: "Its sessions are generated and listed under Sessions.",
      });
      await navigate({ to: "/cohorts/$cohortId", params: { cohortId: cohort.id } });
    },
  });
  const programId = form.values.programId;
  const program = useQuery({ ...trpc.programs.get.queryOptions({ programId }), enabled: UUID.test(programId) });
  const chosen = program.data?.id === programId ? program.data : undefined;
  // The program's delivery decides which place fields are sent.
  const delivery: Delivery | undefined = chosen?.delivery;

  // A newly chosen program brings its default capacity and minimum enrollment.
  const defaultsFrom = useRef<string | null>(null);
  useEffect(() => {
    if (!chosen || defaultsFrom.current === chosen.id) return;
    defaultsFrom.current = chosen.id;
    form.setFieldValue("capacity", chosen.defaultCapacity);
    form.setFieldValue("minimumEnrollment", chosen.minimumEnrollment);
  }, [chosen, form.setFieldValue]);

  const licenceRule = chosen
    ? chosen.groupType === "THERAPY"
      ? "therapy"
      : chosen.requiresLicensedLead
        ? "program"
        : null
    : null;
  return (
    <form {...formProps}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <FormFailure title="The cohort was not created" failure={failure} />
            <FormSection title="Program and name">
              <ProgramChoice
                value={programId}
                onChange={(next) => form.setFieldValue("programId", next)}
                error={form.errors.programId}
                program={chosen}
              />
              <TextInput
                label="Cohort name"
                description="How facilitators and members tell this run apart, e.g. “Tuesday evenings, spring 2026”."
                required
                autoComplete="off"
                {...form.getInputProps("name")}
              />
            </FormSection>

            <FormSection title="Schedule">
              <ScheduleFields form={form} />
              <SkipDates
                dates={form.values.skipDates}
                onRemove={(date) =>
                  form.setFieldValue(
                    "skipDates",
                    form.values.skipDates.filter((d) => d !== date),
                  )
                }
              />
            </FormSection>

            <FormSection title="Place">
              <PlaceFields form={form} delivery={delivery} />
            </FormSection>

            <FormSection title="Seats" description="Defaults come from the program; this cohort may differ.">
              <Grid gap="md">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <NumberInput
                    label="Capacity"
                    required
                    min={1}
                    max={200}
                    allowDecimal={false}
                    {...form.getInputProps("capacity")}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <NumberInput
                    label="Minimum enrollment"
                    description="Fewer near the start: it shows as at risk."
                    required
                    min={1}
                    max={200}
                    allowDecimal={false}
                    {...form.getInputProps("minimumEnrollment")}
                  />
                </Grid.Col>
              </Grid>
            </FormSection>

            <FormSection title="Facilitators">
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
            </FormSection>

            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/cohorts">
                Cancel
              </Button>
              <Button type="submit" loading={pending}>
                Create cohort
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Box className={classes.preview}>
            <SessionPreview
              schedule={form.values}
              onSkip={(date) => form.setFieldValue("skipDates", [...new Set([...form.values.skipDates, date])])}
            />
          </Box>
        </Grid.Col>
      </Grid>
    </form>
  );
}
