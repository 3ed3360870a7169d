import { updateProgramInput } from "@circle/validators";
import { Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ProgramFields } from "./program-fields.tsx";
import { programFieldFor, programFormValues, toProgramInput } from "./program-values.ts";
import type { Program } from "./types.ts";

/** The admin's editor for a program's design; modules are edited beside it. */
export function EditProgramForm({ program }: { program: Program }) {
  const trpc = useTRPC();
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: programFormValues(program),
    schema: updateProgramInput,
    toInput: (values) => ({ programId: program.id, program: toProgramInput(values) }),
    fieldFor: programFieldFor,
    mutation: trpc.programs.update.mutationOptions(),
    // Its page, the programs table and the pickers that list it.
    invalidates: [trpc.programs],
    onSuccess: (saved, values) => {
      // What was saved becomes what "Discard changes" returns to.
      form.setInitialValues(values);
      form.resetDirty(values);
      notifications.show({ color: "green", message: `${saved.name} is saved` });
    },
  });

  const dirty = form.isDirty();
  return (
    <form {...formProps} aria-label="Program design">
      <Stack gap="lg">
        <FormFailure title="The changes were not saved" failure={failure} />
        <ProgramFields form={form} />
        {program._count.cohorts > 0 && (
          <Text size="sm" c="dimmed">
            Cohorts already set up keep their own capacity, schedule and sessions; changes here apply to new cohorts.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" disabled={!dirty || pending} onClick={() => form.reset()}>
            Discard changes
          </Button>
          <Button type="submit" loading={pending}>
            Save program
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
