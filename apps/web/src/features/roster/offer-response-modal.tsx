import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { memberName } from "../members/member-name.ts";
import type { WaitlistEntry } from "./types.ts";
import { useRefreshRoster } from "./use-refresh-roster.ts";

interface OfferResponseModalProps {
  cohortId: string;
  entry: WaitlistEntry;
  accept: boolean;
  onClose: () => void;
}

/** Accepting enrolls the person under every enrollment rule; declining offers the seat to the next person. */
export function OfferResponseModal({ cohortId, entry, accept, onClose }: OfferResponseModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshRoster(cohortId);
  const respond = useMutation(trpc.enrollment.respondToOffer.mutationOptions());
  const name = memberName(entry.member);
  const confirm = () =>
    respond.mutate(
      { entryId: entry.id, accept },
      {
        onSuccess: async () => {
          await refresh();
          notifications.show({
            color: "green",
            message: accept ? `${name} accepted the seat and is enrolled` : `${name} declined; the seat goes to the next person`,
          });
          onClose();
        },
        // An expired offer has already moved on: show the new order behind the message.
        onError: () => void refresh(),
      },
    );
  return (
    <Modal opened onClose={onClose} title={accept ? `Accept the seat for ${name}?` : `Decline the seat for ${name}?`} centered>
      <Stack gap="md">
        <Text size="sm">
          {accept
            ? `Record that ${name} accepts the offered seat. They are enrolled at once, if their consent is current and the cohort can still take them.`
            : `Record that ${name} does not want the seat. It is offered to the next person waiting.`}
        </Text>
        {respond.error && (
          <Alert color="red" variant="light" role="alert" title={accept ? "Not enrolled" : "Not changed"}>
            {errorMessage(respond.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={confirm} loading={respond.isPending} color={accept ? undefined : "orange"}>
            {accept ? "Accept and enroll" : "Decline the seat"}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
