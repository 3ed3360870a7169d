import { List, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ConfirmDialog } from "../../components/confirm/confirm-dialog.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import type { Person } from "./types.ts";

interface ActiveStatusModalProps {
  person: Person;
  opened: boolean;
  onClose: () => void;
}

/** Deactivate (ends every session at once) or reactivate, after saying what will happen. */
export function ActiveStatusModal({ person, opened, onClose }: ActiveStatusModalProps) {
  const trpc = useTRPC();
  const deactivating = person.active;
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={deactivating ? `Deactivate ${person.name}?` : `Reactivate ${person.name}?`}
      mutation={trpc.users.setActive.mutationOptions()}
      input={{ userId: person.id, active: !deactivating }}
      invalidates={[trpc.users, trpc.auth]}
      onSuccess={() =>
        notifications.show({
          color: "green",
          message: deactivating ? `${person.name} can no longer sign in` : `${person.name} can sign in again`,
        })
      }
      failureTitle="Not changed"
      confirmLabel={deactivating ? "Deactivate" : "Reactivate"}
      confirmColor={deactivating ? "red" : undefined}
    >
      {deactivating ? (
        <>
          <Text size="sm">This takes effect immediately:</Text>
          <List size="sm" spacing={4}>
            <List.Item>every session they have open ends at once, on every device;</List.Item>
            <List.Item>they cannot sign in until an administrator reactivates them;</List.Item>
            <List.Item>their records, cohorts and history stay as they are.</List.Item>
          </List>
        </>
      ) : (
        <Text size="sm">They will be able to sign in again with their current password.</Text>
      )}
    </ConfirmDialog>
  );
}
