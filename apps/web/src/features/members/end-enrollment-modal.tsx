import { endEnrollmentInput } from "@circle/validators";
import { Radio, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ReasonDialog } from "../../components/confirm/reason-dialog.tsx";
import { todayIsoDay } from "../../lib/calendar-days.ts";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { ENROLLMENT_STATUS_LABELS } from "../../lib/labels/enrollment-labels.ts";
import { memberName } from "../../lib/member-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { MemberEnrollment, MemberProfile } from "./types.ts";

type Ending = "COMPLETED" | "WITHDREW" | "DROPPED";

const ENDINGS: { value: Ending; description: string }[] = [
  { value: "COMPLETED", description: "Took part to the end of the program" },
  { value: "WITHDREW", description: "Chose to leave" },
  { value: "DROPPED", description: "Stopped coming, or was asked to leave" },
];

interface EndEnrollmentModalProps {
  member: MemberProfile;
  enrollment: MemberEnrollment;
  onClose: () => void;
}

/** Ends an enrollment with a date and a reason. A seat freed early is offered to the waitlist. */
export function EndEnrollmentModal({ member, enrollment, onClose }: EndEnrollmentModalProps) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: { to: "COMPLETED" as Ending, effectiveOn: todayIsoDay(), reason: "" },
    schema: endEnrollmentInput,
    toInput: (values) => ({ enrollmentId: enrollment.id, ...values }),
    mutation: trpc.enrollment.end.mutationOptions(),
    // The member's page, the lists and every roster and waitlist.
    invalidates: [trpc.members, trpc.enrollment],
    onSuccess: (result, values) => {
      notifications.show({
        color: "green",
        message:
          result.offeredTo > 0
            ? `Enrollment ended; the freed seat was offered to the next person waiting`
            : `Enrollment ended: ${ENROLLMENT_STATUS_LABELS[values.to].toLowerCase()}`,
      });
      onClose();
    },
  });
  const { form } = command;
  return (
    <ReasonDialog
      onClose={onClose}
      title={`End ${memberName(member)}'s enrollment`}
      command={command}
      reason={{ autoFocus: false }}
      failureTitle="Not ended"
      submitLabel="End enrollment"
    >
      <Text size="sm">
        In <strong>{enrollment.cohort.name}</strong>. The history keeps who ended it, when and why.
      </Text>
      <Radio.Group label="How it ended" required {...form.getInputProps("to")}>
        <Stack gap="xs" mt={6}>
          {ENDINGS.map((ending) => (
            <Radio
              key={ending.value}
              value={ending.value}
              label={ENROLLMENT_STATUS_LABELS[ending.value]}
              description={ending.description}
            />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput label="Effective date" type="date" required maw={220} {...form.getInputProps("effectiveOn")} />
    </ReasonDialog>
  );
}
