import { credentialInput } from "@circle/validators";
import { Alert, Button, Group, Modal, Stack } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { applyServerErrors, revealErrors } from "../../../lib/form-errors.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { Credential } from "../types.ts";
import { useRefreshPerson } from "../use-refresh-person.ts";
import { CredentialFields } from "./credential-fields.tsx";
import { blankCredential, type CredentialFormValues, credentialFormValues, toCredentialInput } from "./credential-values.ts";

const validateInput = schemaResolver(credentialInput, { sync: true });

interface CredentialModalProps {
  userId: string;
  /** the credential to edit; absent to add a new one */
  credential?: Credential;
  defaultKind: CredentialFormValues["kind"];
  onClose: () => void;
}

/** Add or edit one credential. Mounted only while open, so each opening starts from fresh values. */
export function CredentialModal({ userId, credential, defaultKind, onClose }: CredentialModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshPerson(userId);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CredentialFormValues>({
    mode: "controlled",
    initialValues: credential ? credentialFormValues(credential) : blankCredential(defaultKind),
    validate: (values) => validateInput(toCredentialInput(values)),
  });
  const add = useMutation(trpc.users.addCredential.mutationOptions());
  const update = useMutation(trpc.users.updateCredential.mutationOptions());

  const onSuccess = async () => {
    await refresh();
    notifications.show({ color: "green", message: credential ? "Credential saved" : "Credential added" });
    onClose();
  };

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget;
      const onError = (error: unknown) => {
        setFailure(applyServerErrors(form, error));
        revealErrors(formElement);
      };
      setFailure(null);
      const input = toCredentialInput(values);
      if (credential) update.mutate({ credentialId: credential.id, ...input }, { onSuccess, onError });
      else add.mutate({ userId, ...input }, { onSuccess, onError });
    },
    (_errors, _values, event) => {
      setFailure(null);
      revealErrors(event?.currentTarget);
    },
  );

  return (
    <Modal opened onClose={onClose} title={credential ? "Edit credential" : "Add credential"} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          )}
          <CredentialFields kind={form.values.kind} field={(name) => ({ key: name, ...form.getInputProps(name) })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending || update.isPending}>
              {credential ? "Save credential" : "Add credential"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
