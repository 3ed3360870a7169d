import { moduleFields } from "@circle/validators";
import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors, revealErrors } from "../../../lib/form-errors.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { ProgramModule } from "../types.ts";
import { useRefreshProgram } from "../use-refresh-program.ts";

interface ModuleFormModalProps {
  programId: string;
  /** the module to edit; none to add a new one at the end */
  module?: ProgramModule;
  /** the position a new module takes, for its title */
  nextPosition: number;
  onClose: () => void;
}

const validate = schemaResolver(moduleFields, { sync: true });

/** Adds or edits one module: title, goals, facilitator notes and homework. */
export function ModuleFormModal({ programId, module, nextPosition, onClose }: ModuleFormModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshProgram(programId);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: {
      title: module?.title ?? "",
      goals: module?.goals ?? "",
      facilitatorNotes: module?.facilitatorNotes ?? "",
      homework: module?.homework ?? "",
    },
    validate,
  });
  const add = useMutation(trpc.programs.addModule.mutationOptions());
  const update = useMutation(trpc.programs.updateModule.mutationOptions());
  const pending = add.isPending || update.isPending;

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      const done = {
        onSuccess: async () => {
          await refresh();
          notifications.show({ color: "green", message: module ? `${values.title} is saved` : `${values.title} is added` });
          onClose();
        },
        onError: (error: unknown) => {
          setFailure(applyServerErrors(form, error));
          revealErrors(formElement);
        },
      };
      if (module) update.mutate({ moduleId: module.id, ...values }, done);
      else add.mutate({ programId, ...values }, done);
    },
    (_errors, _values, event) => revealErrors(event?.currentTarget),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={module ? `Edit module ${module.position}` : `Add module ${nextPosition}`}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              {failure}
            </Alert>
          )}
          <TextInput label="Title" required data-autofocus autoComplete="off" {...form.getInputProps("title")} />
          <Textarea
            label="Goals"
            description="What members take away from this session."
            autosize
            minRows={2}
            {...form.getInputProps("goals")}
          />
          <Textarea
            label="Facilitator notes"
            description="How to run it: exercises, timings, cautions. Facilitators and staff see these; members do not."
            autosize
            minRows={3}
            {...form.getInputProps("facilitatorNotes")}
          />
          <Textarea
            label="Homework"
            description="Practice between sessions, if any."
            autosize
            minRows={2}
            {...form.getInputProps("homework")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              {module ? "Save module" : "Add module"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
