import { Alert, Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { Person } from "./types.ts";
import { useRefreshPerson } from "./use-refresh-person.ts";

interface ActiveStatusModalProps {
  person: Person;
  opened: boolean;
  onClose: () => void;
}

/** Deactivate (ends every session at once) or reactivate, after saying what will happen. */
export function ActiveStatusModal({ person, opened, onClose }: ActiveStatusModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshPerson(person.id);
  const setActive = useMutation(trpc.users.setActive.mutationOptions());
  const deactivating = person.active;

  const close = () => {
    setActive.reset();
    onClose();
  };
  const confirm = () =>
    setActive.mutate(
      { userId: person.id, active: !deactivating },
      {
        onSuccess: async () => {
          await refresh();
          close();
          notifications.show({
            color: "green",
            message: deactivating ? `${person.name} can no longer sign in` : `${person.name} can sign in again`,
          });
        },
      },
    );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={deactivating ? `Deactivate ${person.name}?` : `Reactivate ${person.name}?`}
      centered
    >
      <Stack gap="md">
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
        {setActive.error && (
          <Alert color="red" variant="light" role="alert" title="Not changed">
            {errorMessage(setActive.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color={deactivating ? "red" : undefined} onClick={confirm} loading={setActive.isPending}>
            {deactivating ? "Deactivate" : "Reactivate"}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
