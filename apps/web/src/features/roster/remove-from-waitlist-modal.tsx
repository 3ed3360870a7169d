import { Alert, Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { memberName } from "../members/member-name.ts";
import type { WaitlistEntry } from "./types.ts";
import { useRefreshRoster } from "./use-refresh-roster.ts";

interface RemoveFromWaitlistModalProps {
  cohortId: string;
  entry: WaitlistEntry;
  onClose: () => void;
}

export function RemoveFromWaitlistModal({ cohortId, entry, onClose }: RemoveFromWaitlistModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshRoster(cohortId);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: { reason: "" },
    validate: { reason: (reason) => (reason.trim() ? null : "Give a reason") },
  });
  const remove = useMutation(trpc.enrollment.removeFromWaitlist.mutationOptions());
  const name = memberName(entry.member);
  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      remove.mutate(
        { entryId: entry.id, reason: values.reason },
        {
          onSuccess: async () => {
            await refresh();
            notifications.show({ color: "green", message: `${name} is off the waitlist` });
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
    <Modal opened onClose={onClose} title={`Remove ${name} from the waitlist?`} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Not removed">
              {failure}
            </Alert>
          )}
          <Textarea
            label="Reason"
            description={entry.status === "OFFERED" ? "Their offered seat goes to the next person waiting." : undefined}
            placeholder="e.g. Found another group closer to home"
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps("reason")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={remove.isPending}>
              Remove from waitlist
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
