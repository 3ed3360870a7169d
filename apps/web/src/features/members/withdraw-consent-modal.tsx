import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors, revealErrors } from "../../lib/form-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { memberName } from "./member-name.ts";
import type { MemberProfile } from "./types.ts";
import { useRefreshMember } from "./use-refresh-member.ts";

interface WithdrawConsentModalProps {
  member: MemberProfile;
  documents: { id: string; title: string }[];
  onClose: () => void;
}

/** Withdrawal is a new record with a reason; earlier records stay as they were. */
export function WithdrawConsentModal({ member, documents, onClose }: WithdrawConsentModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshMember(member.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: { documentId: documents[0]?.id ?? "", reason: "" },
    validate: { reason: (reason) => (reason.trim() ? null : "Give the reason") },
  });
  const withdraw = useMutation(trpc.consent.withdraw.mutationOptions());
  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      setFailure(null);
      withdraw.mutate(
        { memberId: member.id, ...values },
        {
          onSuccess: async () => {
            await refresh();
            notifications.show({ color: "green", message: "Consent withdrawn; the record is kept in the history" });
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
    <Modal opened onClose={onClose} title={`Withdraw ${memberName(member)}'s consent`} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light" role="alert" title="Not withdrawn">
              {failure}
            </Alert>
          )}
          <Text size="sm">
            From now on their consent is not current: they cannot be enrolled into a cohort that needs this document until they
            consent again.
          </Text>
          <NativeSelect
            label="Consent document"
            required
            data={documents.map((document) => ({ value: document.id, label: document.title }))}
            {...form.getInputProps("documentId")}
          />
          <Textarea label="Reason" required autosize minRows={2} maxRows={6} {...form.getInputProps("reason")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="orange" loading={withdraw.isPending}>
              Withdraw consent
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
