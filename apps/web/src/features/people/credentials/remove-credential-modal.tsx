import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../../../lib/api-error.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { Credential } from "../types.ts";
import { useRefreshPerson } from "../use-refresh-person.ts";

interface RemoveCredentialModalProps {
  userId: string;
  credential: Credential;
  onClose: () => void;
}

export function RemoveCredentialModal({ userId, credential, onClose }: RemoveCredentialModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshPerson(userId);
  const remove = useMutation(trpc.users.removeCredential.mutationOptions());
  const confirm = () =>
    remove.mutate(
      { credentialId: credential.id },
      {
        onSuccess: async () => {
          await refresh();
          notifications.show({ color: "green", message: `Removed ${credential.title}` });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title="Remove this credential?" centered>
      <Stack gap="md">
        <Text size="sm">
          <strong>{credential.title}</strong> will no longer count for this person. If it is a professional licence, they may no
          longer be able to lead therapy cohorts.
        </Text>
        {remove.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(remove.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending}>
            Remove
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
