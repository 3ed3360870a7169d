import { cancelSessionInput } from "@circle/validators";
import { Checkbox, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ReasonDialog } from "../../../../components/confirm/reason-dialog.tsx";
import { formatSessionStart } from "../../../../lib/format.ts";
import { useCommandForm } from "../../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../../lib/trpc.ts";
import type { Cohort, CohortSession } from "../../types.ts";

interface CancelSessionModalProps {
  cohort: Cohort;
  session: CohortSession;
  onClose: () => void;
}

export function CancelSessionModal({ cohort, session, onClose }: CancelSessionModalProps) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: { reason: "", addMakeUp: true },
    schema: cancelSessionInput,
    toInput: (values) => ({ sessionId: session.id, ...values }),
    mutation: trpc.sessions.cancel.mutationOptions(),
    invalidates: [trpc.cohorts, trpc.sessions],
    onSuccess: (result) => {
      notifications.show({
        color: "green",
        message: result.makeUpId
          ? `Session ${session.number} is cancelled; a make-up session is added at the end`
          : `Session ${session.number} is cancelled`,
      });
      onClose();
    },
  });
  return (
    <ReasonDialog
      onClose={onClose}
      title={`Cancel session ${session.number}?`}
      size="md"
      command={command}
      reason={{ description: "Facilitators and the history show it, e.g. “Building closed for repairs”." }}
      failureTitle="Not cancelled"
      submitLabel="Cancel session"
      submitColor="red"
      cancelLabel="Keep the session"
    >
      <Text size="sm">{formatSessionStart(session.startsAt, cohort.timeZone)}. A cancelled session cannot be restored.</Text>
      <Checkbox
        label="Add a make-up session"
        description="A week after the last session, at the same time, covering the same module."
        {...command.form.getInputProps("addMakeUp", { type: "checkbox" })}
      />
    </ReasonDialog>
  );
}
