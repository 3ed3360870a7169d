import { riskFlagNoteInput } from "@circle/validators";
import { Checkbox, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { FormDialog } from "../../lib/forms/form-dialog.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { Application } from "./types.ts";

/** A note on the risk flag by someone who may not acknowledge it; escalating puts it before an administrator. */
export function RiskNoteDialog({ application, onClose }: { application: Application; onClose: () => void }) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: { note: "", escalate: true },
    schema: riskFlagNoteInput,
    toInput: (values, { idempotencyKey }) => ({ applicationId: application.id, ...values, idempotencyKey }),
    mutation: trpc.intake.addRiskNote.mutationOptions(),
    invalidates: [trpc.intake],
    onSuccess: (_result, values) => {
      notifications.show({
        color: "green",
        message: values.escalate ? "Note added and escalated to the administrators" : "Note added to the risk flag",
      });
      onClose();
    },
  });
  return (
    <FormDialog title="Note on the risk flag" command={command} failureTitle="Not added" submitLabel="Add note" onClose={onClose}>
      <Text size="sm">
        The flag stays open: an administrator or a licensed facilitator of the cohort acknowledges it before anyone can accept the
        application.
      </Text>
      <Textarea
        label="Note"
        description="What you heard or noticed, and what you think should happen"
        required
        autosize
        minRows={3}
        maxRows={8}
        data-autofocus
        {...command.form.getInputProps("note")}
      />
      <Checkbox
        label="Escalate to the administrators"
        description="The application is marked escalated in their intake queue"
        {...command.form.getInputProps("escalate", { type: "checkbox" })}
      />
    </FormDialog>
  );
}
