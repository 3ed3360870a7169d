import { type ApplicationStatus, moveApplicationInput } from "@circle/validators";
import { Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { FormDialog } from "../../lib/forms/form-dialog.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { memberName } from "../../lib/member-name.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { APPLICATION_STATUS_LABELS, APPLICATION_STEP_LABELS } from "./intake-labels.ts";
import { InterviewFields } from "./interview-fields.tsx";
import { blankMove, moveFieldFor, toMoveInput, validateMove } from "./move-values.ts";
import { ReferralFields } from "./referral-fields.tsx";
import type { Application } from "./types.ts";

const EXPLANATIONS: Partial<Record<ApplicationStatus, string>> = {
  SCREENING: "Someone is now looking at the application.",
  ACCEPTED: "The person can join once their consent is recorded and a seat is free.",
  WAITLISTED: "They go to the end of the waitlist of the chosen cohort (or of the program), and are offered the next free seat.",
  DECLINED: "This closes the application.",
  REFERRED_ELSEWHERE: "This closes the application and records a referral for the person.",
  WITHDRAWN: "The person no longer wants to join. This closes the application.",
};

const REASON_HINTS: Partial<Record<ApplicationStatus, string>> = {
  INTERVIEW_SCHEDULED: "e.g. Screening answers reviewed; an interview to talk about goals",
  ACCEPTED: "e.g. Interview went well; the group fits what they are looking for",
  DECLINED: "e.g. Needs more support than a group can give right now",
};

interface MoveApplicationModalProps {
  application: Application;
  to: ApplicationStatus;
  onClose: () => void;
}

/** One step along the intake path, always with a reason; mounted only while open. */
export function MoveApplicationModal({ application, to, onClose }: MoveApplicationModalProps) {
  const trpc = useTRPC();
  const me = useMe();
  const command = useCommandForm({
    // a facilitator most often books the interview they will hold themselves
    initialValues: blankMove(
      application.interviewAt,
      application.interviewer?.id ?? (me.role === "FACILITATOR" ? me.id : undefined),
    ),
    schema: moveApplicationInput,
    toInput: (values) => toMoveInput(application.id, to, values),
    validate: (values) => validateMove(to, values),
    fieldFor: moveFieldFor,
    mutation: trpc.intake.move.mutationOptions(),
    // The application's page, the queue, the home count and the member's page.
    invalidates: [trpc.intake, trpc.members],
    onSuccess: ({ waitlistedFor }) => {
      // the chosen cohort's enrollment had closed: the person waits for the next one instead
      const where = waitlistedFor ? `, waiting for ${waitlistedFor} (enrollment in the chosen cohort had closed)` : "";
      notifications.show({
        color: "green",
        message: `${memberName(application.member)}'s application is now ${APPLICATION_STATUS_LABELS[to].toLowerCase()}${where}`,
      });
      onClose();
    },
  });
  const { form } = command;
  const rescheduling = to === "INTERVIEW_SCHEDULED" && application.status === "INTERVIEW_SCHEDULED";
  const title = rescheduling ? "Reschedule interview" : `${APPLICATION_STEP_LABELS[to]}: ${memberName(application.member)}`;

  return (
    <FormDialog
      onClose={onClose}
      title={title}
      command={command}
      failureTitle="Not changed"
      submitLabel={rescheduling ? "Reschedule interview" : APPLICATION_STEP_LABELS[to]}
      submitColor={to === "DECLINED" ? "red" : undefined}
    >
      {EXPLANATIONS[to] && <Text size="sm">{EXPLANATIONS[to]}</Text>}
      {to === "INTERVIEW_SCHEDULED" && <InterviewFields form={form} />}
      {to === "REFERRED_ELSEWHERE" && <ReferralFields form={form} />}
      <Textarea
        label="Reason"
        description="Kept in the application's history with your name and the time"
        placeholder={REASON_HINTS[to]}
        required
        autosize
        minRows={2}
        maxRows={6}
        data-autofocus
        {...form.getInputProps("reason")}
      />
    </FormDialog>
  );
}
