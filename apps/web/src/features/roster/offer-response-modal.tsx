import { Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ConfirmDialog } from "../../components/confirm/confirm-dialog.tsx";
import { memberName } from "../../lib/member-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useRefresh } from "../../lib/use-refresh.ts";
import type { WaitlistEntry } from "./types.ts";

interface OfferResponseModalProps {
  entry: WaitlistEntry;
  accept: boolean;
  onClose: () => void;
}

/** Accepting enrolls the person under every enrollment rule; declining offers the seat to the next person. */
export function OfferResponseModal({ entry, accept, onClose }: OfferResponseModalProps) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const name = memberName(entry.member);
  // The cohort's roster, waitlist and header, and the member's page.
  const changed = [trpc.enrollment, trpc.cohorts, trpc.members];
  return (
    <ConfirmDialog
      onClose={onClose}
      title={accept ? `Accept the seat for ${name}?` : `Decline the seat for ${name}?`}
      mutation={trpc.enrollment.respondToOffer.mutationOptions()}
      input={{ entryId: entry.id, accept }}
      invalidates={changed}
      onSuccess={() =>
        notifications.show({
          color: "green",
          message: accept ? `${name} accepted the seat and is enrolled` : `${name} declined; the seat goes to the next person`,
        })
      }
      // An expired offer has already moved on: show the new order behind the message.
      onError={() => void refresh(...changed)}
      failureTitle={accept ? "Not enrolled" : "Not changed"}
      confirmLabel={accept ? "Accept and enroll" : "Decline the seat"}
      confirmColor={accept ? undefined : "orange"}
    >
      <Text size="sm">
        {accept
          ? `Record that ${name} accepts the offered seat. They are enrolled at once, if their consent is current and the cohort can still take them.`
          : `Record that ${name} does not want the seat. It is offered to the next person waiting.`}
      </Text>
    </ConfirmDialog>
  );
}
