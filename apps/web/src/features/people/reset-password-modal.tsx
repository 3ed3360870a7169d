import { newPassword } from "@circle/validators";
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { generateTemporaryPassword } from "./temporary-password.ts";
import { TemporaryPasswordInput } from "./temporary-password-input.tsx";
import type { Person } from "./types.ts";
import { useRefreshPerson } from "./use-refresh-person.ts";

interface ResetPasswordModalProps {
  person: Person;
  opened: boolean;
  onClose: () => void;
}

/** Sets a temporary password: they are signed out everywhere and must choose a new one. */
export function ResetPasswordModal({ person, opened, onClose }: ResetPasswordModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshPerson(person.id);
  const [password, setPassword] = useState(generateTemporaryPassword);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const reset = useMutation(trpc.users.resetPassword.mutationOptions({ onSuccess: () => refresh() }));

  const close = () => {
    reset.reset();
    setPassword(generateTemporaryPassword());
    setFieldError(null);
    onClose();
  };
  const confirm = () => {
    const checked = newPassword.safeParse(password);
    if (!checked.success) {
      setFieldError(checked.error.issues[0]?.message ?? "Choose a longer password");
      return;
    }
    setFieldError(null);
    reset.mutate({ userId: person.id, temporaryPassword: password });
  };

  return (
    <Modal opened={opened} onClose={close} title={`Reset ${person.name}'s password`} centered size="lg">
      {reset.isSuccess ? (
        <Stack gap="md">
          <Alert color="green" variant="light" title="Password reset">
            {person.name} has been signed out everywhere. Give them this temporary password; they must choose a new one when they
            sign in.
          </Alert>
          <Group gap="sm">
            <Code fz="md" px="sm" py={4}>
              {password}
            </Code>
            <CopyButton value={password}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? "Copied" : "Copy"}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">
            Every session {person.name} has open ends at once. They sign in with the temporary password below and must then choose
            their own.
          </Text>
          <TemporaryPasswordInput
            value={password}
            onChange={setPassword}
            error={fieldError ?? reset.error?.data?.fieldErrors?.temporaryPassword?.join(" ")}
          />
          {reset.error && (
            <Alert color="red" variant="light" role="alert" title="Not reset">
              {errorMessage(reset.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={confirm} loading={reset.isPending}>
              Reset password
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
