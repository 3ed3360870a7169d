import { addModuleInput, updateModuleInput } from "@circle/validators";
import { Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { FormDialog } from "../../../lib/forms/form-dialog.tsx";
import { type CommandForm, useCommandForm } from "../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { ProgramModule } from "../types.ts";

interface ModuleValues {
  title: string;
  goals: string;
  facilitatorNotes: string;
  homework: string;
}

interface AddModuleModalProps {
  programId: string;
  /** the position the new module takes, for its title */
  nextPosition: number;
  onClose: () => void;
}

/** Adds one module at the end: title, goals, facilitator notes and homework. */
export function AddModuleModal({ programId, nextPosition, onClose }: AddModuleModalProps) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: { title: "", goals: "", facilitatorNotes: "", homework: "" } as ModuleValues,
    schema: addModuleInput,
    toInput: (values) => ({ programId, ...values }),
    mutation: trpc.programs.addModule.mutationOptions(),
    invalidates: [trpc.programs],
    onSuccess: (_module, values) => {
      notifications.show({ color: "green", message: `${values.title} is added` });
      onClose();
    },
  });
  return <ModuleDialog title={`Add module ${nextPosition}`} submitLabel="Add module" command={command} onClose={onClose} />;
}

interface EditModuleModalProps {
  module: ProgramModule;
  onClose: () => void;
}

/** Edits one module's title, goals, facilitator notes and homework. */
export function EditModuleModal({ module, onClose }: EditModuleModalProps) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: {
      title: module.title,
      goals: module.goals ?? "",
      facilitatorNotes: module.facilitatorNotes ?? "",
      homework: module.homework ?? "",
    } as ModuleValues,
    schema: updateModuleInput,
    toInput: (values) => ({ moduleId: module.id, ...values }),
    mutation: trpc.programs.updateModule.mutationOptions(),
    invalidates: [trpc.programs],
    onSuccess: (_module, values) => {
      notifications.show({ color: "green", message: `${values.title} is saved` });
      onClose();
    },
  });
  return <ModuleDialog title={`Edit module ${module.position}`} submitLabel="Save module" command={command} onClose={onClose} />;
}

interface ModuleDialogProps {
  title: string;
  submitLabel: string;
  command: CommandForm & { form: UseFormReturnType<ModuleValues> };
  onClose: () => void;
}

function ModuleDialog({ title, submitLabel, command, onClose }: ModuleDialogProps) {
  const { form } = command;
  return (
    <FormDialog onClose={onClose} title={title} command={command} failureTitle="Not saved" submitLabel={submitLabel}>
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
    </FormDialog>
  );
}
