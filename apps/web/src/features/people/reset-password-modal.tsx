import { resetPasswordInput } from "@circle/validators";
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { FormDialog } from "../../lib/forms/form-dialog.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { PasswordToPassOn } from "./password-to-pass-on.tsx";
import { generateTemporaryPassword } from "./temporary-password.ts";
import { TemporaryPasswordInput } from "./temporary-password-input.tsx";
import type { Person } from "./types.ts";

interface ResetPasswordModalProps {
  person: Person;
  onClose: () => void;
}

/**
 * Sets a temporary password: they are signed out everywhere and must choose a new one.
 * Mounted only while open, so each opening proposes a fresh password.
 */
export function ResetPasswordModal({ person, onClose }: ResetPasswordModalProps) {
  const trpc = useTRPC();
  const [given, setGiven] = useState<string | null>(null);
  const command = useCommandForm({
    initialValues: { temporaryPassword: generateTemporaryPassword() },
    schema: resetPasswordInput,
    toInput: (values) => ({ userId: person.id, ...values }),
    mutation: trpc.users.resetPassword.mutationOptions(),
    invalidates: [trpc.users, trpc.auth],
    onSuccess: (_result, values) => setGiven(values.temporaryPassword),
  });
  const { form } = command;

  if (given) {
    return (
      <Modal opened onClose={onClose} title={`Reset ${person.name}'s password`} centered size="lg">
        <Stack gap="md">
          <Alert color="green" variant="light" title="Password reset">
            {person.name} has been signed out everywhere. Give them this temporary password; they must choose a new one when they
            sign in.
          </Alert>
          <PasswordToPassOn password={given} />
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }
  return (
    <FormDialog
      onClose={onClose}
      title={`Reset ${person.name}'s password`}
      command={command}
      failureTitle="Not reset"
      submitLabel="Reset password"
    >
      <Text size="sm">
        Every session {person.name} has open ends at once. They sign in with the temporary password below and must then choose
        their own.
      </Text>
      <TemporaryPasswordInput
        value={form.values.temporaryPassword}
        onChange={(next) => form.setFieldValue("temporaryPassword", next)}
        error={form.errors.temporaryPassword}
      />
    </FormDialog>
  );
}
