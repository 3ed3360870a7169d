import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ProgramFields } from "./program-fields.tsx";
import { programFormValues, toProgramInput } from "./program-values.ts";
import type { Program } from "./types.ts";
import { useProgramForm } from "./use-program-form.ts";
import { useRefreshProgram } from "./use-refresh-program.ts";

/** The admin's editor for a program's design; modules are edited beside it. */
export function EditProgramForm({ program }: { program: Program }) {
  const trpc = useTRPC();
  const refresh = useRefreshProgram(program.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useProgramForm(programFormValues(program));
  const update = useMutation(trpc.programs.update.mutationOptions());

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      update.mutate(
        { programId: program.id, program: toProgramInput(values) },
        {
          onSuccess: async (saved) => {
            await refresh();
            // What was saved becomes what "Discard changes" returns to.
            form.setInitialValues(values);
            form.resetDirty(values);
            notifications.show({ color: "green", message: `${saved.name} is saved` });
          },
          onError: (error) => {
            setFailure(applyServerErrors(form, error));
            revealErrors(formElement);
          },
        },
      );
    },
    (_errors, _values, event) => revealErrors(event?.currentTarget),
  );

  const dirty = form.isDirty();
  return (
    <form onSubmit={submit} noValidate aria-label="Program design">
      <Stack gap="lg">
        {failure && (
          <Alert color="red" variant="light" role="alert" title="The changes were not saved">
            {failure}
          </Alert>
        )}
        <ProgramFields form={form} />
        {program._count.cohorts > 0 && (
          <Text size="sm" c="dimmed">
            Cohorts already set up keep their own capacity, schedule and sessions; changes here apply to new cohorts.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" disabled={!dirty || update.isPending} onClick={() => form.reset()}>
            Discard changes
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save program
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
