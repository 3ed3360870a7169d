import { withdrawConsentInput } from "@circle/validators";
import { NativeSelect, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ReasonDialog } from "../../components/confirm/reason-dialog.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { memberName } from "../../lib/member-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { MemberProfile } from "./types.ts";

interface WithdrawConsentModalProps {
  member: MemberProfile;
  documents: { id: string; title: string }[];
  onClose: () => void;
}

/** Withdrawal is a new record with a reason; earlier records stay as they were. */
export function WithdrawConsentModal({ member, documents, onClose }: WithdrawConsentModalProps) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: { documentId: documents[0]?.id ?? "", reason: "" },
    schema: withdrawConsentInput,
    toInput: (values) => ({ memberId: member.id, ...values }),
    mutation: trpc.consent.withdraw.mutationOptions(),
    // The member's page, the lists and every roster and waitlist.
    invalidates: [trpc.members, trpc.enrollment],
    onSuccess: () => {
      notifications.show({ color: "green", message: "Consent withdrawn; the record is kept in the history" });
      onClose();
    },
  });
  return (
    <ReasonDialog
      onClose={onClose}
      title={`Withdraw ${memberName(member)}'s consent`}
      command={command}
      reason={{ autoFocus: false }}
      failureTitle="Not withdrawn"
      submitLabel="Withdraw consent"
      submitColor="orange"
    >
      <Text size="sm">
        From now on their consent is not current: they cannot be enrolled into a cohort that needs this document until they
        consent again.
      </Text>
      <NativeSelect
        label="Consent document"
        required
        data={documents.map((document) => ({ value: document.id, label: document.title }))}
        {...command.form.getInputProps("documentId")}
      />
    </ReasonDialog>
  );
}
