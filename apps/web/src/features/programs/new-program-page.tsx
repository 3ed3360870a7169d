import { createProgramInput } from "@circle/validators";
import { Button, Group, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link, useNavigate } from "@tanstack/react-router";
import { PageHeader } from "../../components/page-header.tsx";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { BackToPrograms } from "./back-to-programs.tsx";
import { ProgramFields } from "./program-fields.tsx";
import { blankProgram, toProgramInput } from "./program-values.ts";

export function NewProgramPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { form, formProps, failure, pending } = useCommandForm({
    initialValues: blankProgram(),
    schema: createProgramInput,
    toInput: toProgramInput,
    mutation: trpc.programs.create.mutationOptions(),
    invalidates: [trpc.programs],
    onSuccess: async (program) => {
      notifications.show({
        color: "green",
        title: `${program.name} is set up`,
        message: "Now add its modules, one per session, in the order they are run.",
      });
      await navigate({ to: "/programs/$programId", params: { programId: program.id } });
    },
  });

  return (
    <>
      <PageHeader
        title="Create program"
        description="Design the program once; every cohort runs from it. You add its modules on the next page."
        back={<BackToPrograms />}
      />
      <form {...formProps}>
        <Stack gap="lg" maw={860}>
          <FormFailure title="The program was not created" failure={failure} />
          <ProgramFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/programs">
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Create program
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
