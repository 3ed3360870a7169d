import { removeFromWaitlistInput } from "@circle/validators";
import { notifications } from "@mantine/notifications";
import { ReasonDialog } from "../../components/confirm/reason-dialog.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { memberName } from "../../lib/member-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { WaitlistEntry } from "./types.ts";

interface RemoveFromWaitlistModalProps {
  entry: WaitlistEntry;
  onClose: () => void;
}

export function RemoveFromWaitlistModal({ entry, onClose }: RemoveFromWaitlistModalProps) {
  const trpc = useTRPC();
  const name = memberName(entry.member);
  const command = useCommandForm({
    initialValues: { reason: "" },
    schema: removeFromWaitlistInput,
    toInput: (values) => ({ entryId: entry.id, reason: values.reason }),
    mutation: trpc.enrollment.removeFromWaitlist.mutationOptions(),
    // The cohort's roster, waitlist and header, and the member's page.
    invalidates: [trpc.enrollment, trpc.cohorts, trpc.members],
    onSuccess: () => {
      notifications.show({ color: "green", message: `${name} is off the waitlist` });
      onClose();
    },
  });
  return (
    <ReasonDialog
      onClose={onClose}
      title={`Remove ${name} from the waitlist?`}
      size="md"
      command={command}
      reason={entry.status === "OFFERED" ? { description: "Their offered seat goes to the next person waiting." } : undefined}
      failureTitle="Not removed"
      submitLabel="Remove from waitlist"
      submitColor="red"
    />
  );
}
