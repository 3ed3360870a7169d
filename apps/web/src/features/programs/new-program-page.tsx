import { Alert, Button, Group, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { PageHeader } from "../../components/page-header.tsx";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { BackToPrograms } from "./back-to-programs.tsx";
import { ProgramFields } from "./program-fields.tsx";
import { blankProgram, toProgramInput } from "./program-values.ts";
import { useProgramForm } from "./use-program-form.ts";

export function NewProgramPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useProgramForm(blankProgram());
  const create = useMutation(trpc.programs.create.mutationOptions());

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      create.mutate(toProgramInput(values), {
        onSuccess: async (program) => {
          await queryClient.invalidateQueries({ queryKey: trpc.programs.list.queryKey() });
          await queryClient.invalidateQueries({ queryKey: trpc.programs.options.queryKey() });
          notifications.show({
            color: "green",
            title: `${program.name} is set up`,
            message: "Now add its modules, one per session, in the order they are run.",
          });
          await navigate({ to: "/programs/$programId", params: { programId: program.id } });
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
    <>
      <PageHeader
        title="Create program"
        description="Design the program once; every cohort runs from it. You add its modules on the next page."
        back={<BackToPrograms />}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={860}>
          {failure && (
            <Alert color="red" variant="light" role="alert" title="The program was not created">
              {failure}
            </Alert>
          )}
          <ProgramFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/programs">
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create program
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
