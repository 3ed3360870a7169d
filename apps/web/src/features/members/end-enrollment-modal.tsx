import { endEnrollmentInput } from "@circle/validators";
import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ENROLLMENT_STATUS_LABELS } from "./member-labels.ts";
import { memberName } from "./member-name.ts";
import type { MemberEnrollment, MemberProfile } from "./types.ts";
import { useRefreshMember } from "./use-refresh-member.ts";

type Ending = "COMPLETED" | "WITHDREW" | "DROPPED";

const ENDINGS: { value: Ending; description: string }[] = [
  { value: "COMPLETED", description: "Took part to the end of the program" },
  { value: "WITHDREW", description: "Chose to leave" },
  { value: "DROPPED", description: "Stopped coming, or was asked to leave" },
];

const validate = schemaResolver(endEnrollmentInput.omit({ enrollmentId: true }), { sync: true });

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

interface EndEnrollmentModalProps {
  member: MemberProfile;
  enrollment: MemberEnrollment;
  onClose: () => void;
}

/** Ends an enrollment with a date and a reason. A seat freed early is offered to the waitlist. */
export function EndEnrollmentModal({ member, enrollment, onClose }: EndEnrollmentModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshMember(member.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ to: Ending; effectiveOn: string; reason: string }>({
    mode: "controlled",
    initialValues: { to: "COMPLETED", effectiveOn: today(), reason: "" },
    validate,
  });
  const end = useMutation(trpc.enrollment.end.mutationOptions());
  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      end.mutate(
        { enrollmentId: enrollment.id, ...values },
        {
          onSuccess: async (result) => {
            await refresh();
            notifications.show({
              color: "green",
              message:
                result.offeredTo > 0
                  ? `Enrollment ended; the freed seat was offered to the next person waiting`
                  : `Enrollment ended: ${ENROLLMENT_STATUS_LABELS[values.to].toLowerCase()}`,
            });
            onClose();
          },
          onError: (error) => {
            setFailure(applyServerErrors(form, error));
            revealErrors(formElement);
          },
        },
      );
    },
    (_errors, _values, event) => revealErrors(event?.currentTarget),
  );
  return (
    <Modal opened onClose={onClose} title={`End ${memberName(member)}'s enrollment`} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Not ended">
              {failure}
            </Alert>
          )}
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
          <Textarea label="Reason" required autosize minRows={2} maxRows={6} {...form.getInputProps("reason")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={end.isPending}>
              End enrollment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
