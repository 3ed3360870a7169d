import type { ApplicationStatus } from "@circle/validators";
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { revealErrors } from "../../lib/form-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { memberName } from "../members/member-name.ts";
import { APPLICATION_STATUS_LABELS, APPLICATION_STEP_LABELS } from "./intake-labels.ts";
import { InterviewFields } from "./interview-fields.tsx";
import { blankMove, type MoveValues, moveErrors, toMoveInput, validateMove } from "./move-values.ts";
import { ReferralFields } from "./referral-fields.tsx";
import type { Application } from "./types.ts";
import { useRefreshApplication } from "./use-refresh-application.ts";

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
  const refresh = useRefreshApplication(application.id, application.member.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<MoveValues>({
    mode: "controlled",
    // a facilitator most often books the interview they will hold themselves
    initialValues: blankMove(
      application.interviewAt,
      application.interviewer?.id ?? (me.role === "FACILITATOR" ? me.id : undefined),
    ),
  });
  const move = useMutation(trpc.intake.move.mutationOptions());
  const rescheduling = to === "INTERVIEW_SCHEDULED" && application.status === "INTERVIEW_SCHEDULED";
  const title = rescheduling ? "Reschedule interview" : `${APPLICATION_STEP_LABELS[to]}: ${memberName(application.member)}`;

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    setFailure(null);
    const errors = validateMove(to, form.values);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) {
      revealErrors(formElement);
      return;
    }
    move.mutate(toMoveInput(application.id, to, form.values), {
      onSuccess: async ({ waitlistedFor }) => {
        await refresh();
        // the chosen cohort's enrollment had closed: the person waits for the next one instead
        const where = waitlistedFor ? `, waiting for ${waitlistedFor} (enrollment in the chosen cohort had closed)` : "";
        notifications.show({
          color: "green",
          message: `${memberName(application.member)}'s application is now ${APPLICATION_STATUS_LABELS[to].toLowerCase()}${where}`,
        });
        onClose();
      },
      onError: (error) => {
        const { fields, message } = moveErrors(error);
        form.setErrors(fields);
        setFailure(message);
        revealErrors(formElement);
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Not changed">
              {failure}
            </Alert>
          )}
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={move.isPending} color={to === "DECLINED" ? "red" : undefined}>
              {rescheduling ? "Reschedule interview" : APPLICATION_STEP_LABELS[to]}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
