import { recordInterviewNotesInput } from "@circle/validators";
import { Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { FormDialog } from "../../lib/forms/form-dialog.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { memberName } from "../../lib/member-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { Application } from "./types.ts";

/** What the pre-group interview found; rewritten as often as needed until the application is decided. */
export function InterviewNotesDialog({ application, onClose }: { application: Application; onClose: () => void }) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: { notes: application.interviewNotes ?? "" },
    schema: recordInterviewNotesInput,
    toInput: (values) => ({ applicationId: application.id, notes: values.notes }),
    mutation: trpc.intake.recordInterviewNotes.mutationOptions(),
    invalidates: [trpc.intake],
    onSuccess: () => {
      notifications.show({ color: "green", message: "Interview notes saved" });
      onClose();
    },
  });
  return (
    <FormDialog
      title={`Interview notes: ${memberName(application.member)}`}
      command={command}
      failureTitle="Not saved"
      submitLabel="Save notes"
      onClose={onClose}
    >
      <Text size="sm">
        Only administrators and this cohort's facilitators read these notes, as they read the screening answers.
      </Text>
      <Textarea
        label="Interview notes"
        description="Goals, fit with the group, the group agreement talked through, anything the first session should know"
        required
        autosize
        minRows={5}
        maxRows={14}
        data-autofocus
        {...command.form.getInputProps("notes")}
      />
    </FormDialog>
  );
}
