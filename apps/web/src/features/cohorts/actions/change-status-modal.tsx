import { type CohortStatus, changeCohortStatusInput } from "@circle/validators";
import { Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ReasonDialog } from "../../../components/confirm/reason-dialog.tsx";
import { useCommandForm } from "../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { COHORT_STATUS_LABELS } from "../cohort-labels.ts";
import { STATUS_ACTIONS } from "./status-actions.ts";

interface ChangeStatusModalProps {
  cohort: { id: string; name: string; status: CohortStatus };
  to: CohortStatus;
  onClose: () => void;
}

export function ChangeStatusModal({ cohort, to, onClose }: ChangeStatusModalProps) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: { reason: "" },
    schema: changeCohortStatusInput,
    toInput: (values) => ({ cohortId: cohort.id, status: to, ...values }),
    mutation: trpc.cohorts.changeStatus.mutationOptions(),
    invalidates: [trpc.cohorts, trpc.sessions],
    onSuccess: () => {
      notifications.show({ color: "green", message: `${cohort.name} is now ${COHORT_STATUS_LABELS[to].toLowerCase()}` });
      onClose();
    },
  });
  const action = STATUS_ACTIONS[to];
  return (
    <ReasonDialog
      onClose={onClose}
      title={`${action.label}: ${cohort.name}`}
      size="md"
      command={command}
      failureTitle="The status did not change"
      submitLabel={action.label}
      submitColor={action.color}
      cancelLabel={`Keep it ${COHORT_STATUS_LABELS[cohort.status].toLowerCase()}`}
    >
      <Text size="sm">
        From <strong>{COHORT_STATUS_LABELS[cohort.status]}</strong> to <strong>{COHORT_STATUS_LABELS[to]}</strong>.{" "}
        {action.consequence}
      </Text>
    </ReasonDialog>
  );
}
