import { confirmGoInput } from "@circle/validators";
import { Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ReasonDialog } from "../../../components/confirm/reason-dialog.tsx";
import { useCommandForm } from "../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../lib/trpc.ts";

interface ConfirmGoModalProps {
  cohort: { id: string; name: string; enrolled: number; minimumEnrollment: number };
  onClose: () => void;
}

/** The go decision: the cohort runs as planned despite low enrollment and leaves the at-risk list. */
export function ConfirmGoModal({ cohort, onClose }: ConfirmGoModalProps) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: { reason: "" },
    schema: confirmGoInput,
    toInput: (values) => ({ cohortId: cohort.id, ...values }),
    mutation: trpc.cohorts.confirmGo.mutationOptions(),
    invalidates: [trpc.cohorts, trpc.sessions],
    onSuccess: () => {
      notifications.show({ color: "green", message: `${cohort.name} goes ahead as planned` });
      onClose();
    },
  });
  return (
    <ReasonDialog
      onClose={onClose}
      title={`Go ahead with ${cohort.name}?`}
      size="md"
      command={command}
      reason={{
        label: "Note",
        description: "Optional: why it runs anyway (e.g. two more people are in intake).",
        required: false,
      }}
      failureTitle="Not confirmed"
      submitLabel="Go ahead"
    >
      <Text size="sm">
        {cohort.enrolled} enrolled, {cohort.minimumEnrollment} wanted. It runs as scheduled and no longer shows as at risk.
      </Text>
    </ReasonDialog>
  );
}
