import { postponeCohortInput } from "@circle/validators";
import { NumberInput, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ReasonDialog } from "../../../components/confirm/reason-dialog.tsx";
import { useCommandForm } from "../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../lib/trpc.ts";

interface PostponeModalProps {
  cohort: { id: string; name: string };
  onClose: () => void;
}

/** Moves every session (cancelled ones too) later by whole weeks (same local time) and marks the cohort postponed. */
export function PostponeModal({ cohort, onClose }: PostponeModalProps) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: { weeks: 2 as number | string, reason: "" },
    schema: postponeCohortInput,
    toInput: (values) => ({ cohortId: cohort.id, ...values, weeks: Number(values.weeks) }),
    mutation: trpc.cohorts.postpone.mutationOptions(),
    invalidates: [trpc.cohorts, trpc.sessions],
    onSuccess: (result, values) => {
      const weeks = Number(values.weeks);
      notifications.show({
        color: "green",
        title: `${cohort.name} is postponed`,
        message: `${result.movedSessions} session${result.movedSessions === 1 ? "" : "s"} moved ${weeks} week${weeks === 1 ? "" : "s"} later.`,
      });
      onClose();
    },
  });
  const weeks = Number(command.form.values.weeks);
  return (
    <ReasonDialog
      onClose={onClose}
      title={`Postpone ${cohort.name}`}
      size="md"
      command={command}
      failureTitle="Not postponed"
      submitLabel="Postpone"
      submitColor="orange"
    >
      <Text size="sm">
        Every session, cancelled ones too, moves later by the same number of weeks, at the same local time, and the cohort becomes
        postponed. Members and facilitators keep their places.
      </Text>
      <NumberInput
        label="Move sessions later by"
        suffix={weeks === 1 ? " week" : " weeks"}
        min={1}
        max={26}
        allowDecimal={false}
        required
        {...command.form.getInputProps("weeks")}
      />
    </ReasonDialog>
  );
}
