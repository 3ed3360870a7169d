import { recordFollowUpInput } from "@circle/validators";
import { Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { ConfirmDialog } from "../../../components/confirm/confirm-dialog.tsx";
import { todayIsoDay } from "../../../lib/calendar-days.ts";
import { FormDialog } from "../../../lib/forms/form-dialog.tsx";
import { useCommandForm } from "../../../lib/forms/use-command-form.ts";
import { memberName } from "../../../lib/member-name.ts";
import { useMe } from "../../../lib/session/use-me.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { FOLLOW_UP_OUTCOMES } from "../attendance-labels.ts";
import type { FollowUp } from "../types.ts";

type Outcome = (typeof FOLLOW_UP_OUTCOMES)[number]["value"];

/**
 * Records what was done about a member's absences. "Member withdrew" then offers an
 * administrator to end the enrollment (the enrollment command, with its own history).
 */
export function FollowUpDialog({ followUp, onClose }: { followUp: FollowUp; onClose: () => void }) {
  const trpc = useTRPC();
  const me = useMe();
  const name = memberName(followUp.member);
  const [withdrew, setWithdrew] = useState<{ contactedOn: string; note: string } | null>(null);
  const command = useCommandForm({
    initialValues: { outcome: "CONTACTED" as Outcome, contactedOn: todayIsoDay(), note: "" },
    schema: recordFollowUpInput,
    toInput: (values) => ({ cohortId: followUp.cohort.id, enrollmentId: followUp.enrollmentId, ...values }),
    mutation: trpc.attendance.recordFollowUp.mutationOptions(),
    invalidates: [trpc.attendance],
    onSuccess: (_result, values) => {
      notifications.show({ color: "green", message: `Follow-up recorded for ${name}` });
      if (values.outcome === "MEMBER_WITHDREW" && me.role === "ADMIN")
        setWithdrew({ contactedOn: values.contactedOn, note: values.note });
      else if (values.outcome === "MEMBER_WITHDREW") {
        notifications.show({ message: "An administrator ends the enrollment on the member's page" });
        onClose();
      } else onClose();
    },
  });
  if (withdrew) {
    return (
      <ConfirmDialog
        title={`End ${name}'s enrollment?`}
        confirmLabel="End enrollment"
        confirmColor="red"
        failureTitle="Not ended"
        mutation={trpc.enrollment.end.mutationOptions()}
        input={{ enrollmentId: followUp.enrollmentId, to: "WITHDREW", effectiveOn: withdrew.contactedOn, reason: withdrew.note }}
        invalidates={[trpc.attendance, trpc.enrollment, trpc.members]}
        onSuccess={() => notifications.show({ color: "green", message: `${name}'s enrollment ended: withdrew` })}
        onClose={onClose}
        cancelLabel="Not now"
      >
        {name} told you they are leaving. Ending the enrollment records them as withdrawn from {withdrew.contactedOn}, with your
        note as the reason; a seat freed before the enrollment lock goes to the waitlist.
      </ConfirmDialog>
    );
  }
  const { form } = command;
  return (
    <FormDialog
      title={`Follow up: ${name}`}
      command={command}
      failureTitle="Not recorded"
      submitLabel="Record follow-up"
      onClose={onClose}
    >
      <Text size="sm">
        {followUp.consecutiveAbsences} absences in a row in {followUp.cohort.name}. Recording what you did takes {name} off the
        list until a new run of absences.
      </Text>
      <Radio.Group label="Outcome" required {...form.getInputProps("outcome")}>
        <Stack gap={6} mt={6}>
          {FOLLOW_UP_OUTCOMES.map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput type="date" label="Date" required max={todayIsoDay()} {...form.getInputProps("contactedOn")} />
      <Textarea label="Note" required autosize minRows={2} maxLength={2000} {...form.getInputProps("note")} />
    </FormDialog>
  );
}
