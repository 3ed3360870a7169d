import { credentialInput } from "@circle/validators";
import type { UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { FormDialog } from "../../../lib/forms/form-dialog.tsx";
import { type CommandForm, useCommandForm } from "../../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { Credential } from "../types.ts";
import { CredentialFields } from "./credential-fields.tsx";
import { blankCredential, type CredentialFormValues, credentialFormValues, toCredentialInput } from "./credential-values.ts";

interface AddCredentialModalProps {
  userId: string;
  defaultKind: CredentialFormValues["kind"];
  onClose: () => void;
}

/** Adds one credential. Mounted only while open, so each opening starts from fresh values. */
export function AddCredentialModal({ userId, defaultKind, onClose }: AddCredentialModalProps) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: blankCredential(defaultKind),
    schema: credentialInput,
    toInput: (values) => ({ userId, ...toCredentialInput(values) }),
    mutation: trpc.users.addCredential.mutationOptions(),
    // The person's page and lists, and my header if it is me.
    invalidates: [trpc.users, trpc.auth],
    onSuccess: () => {
      notifications.show({ color: "green", message: "Credential added" });
      onClose();
    },
  });
  return <CredentialDialog title="Add credential" submitLabel="Add credential" command={command} onClose={onClose} />;
}

interface EditCredentialModalProps {
  credential: Credential;
  onClose: () => void;
}

/** Edits one credential. Mounted only while open, so each opening starts from its saved values. */
export function EditCredentialModal({ credential, onClose }: EditCredentialModalProps) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: credentialFormValues(credential),
    schema: credentialInput,
    toInput: (values) => ({ credentialId: credential.id, ...toCredentialInput(values) }),
    mutation: trpc.users.updateCredential.mutationOptions(),
    invalidates: [trpc.users, trpc.auth],
    onSuccess: () => {
      notifications.show({ color: "green", message: "Credential saved" });
      onClose();
    },
  });
  return <CredentialDialog title="Edit credential" submitLabel="Save credential" command={command} onClose={onClose} />;
}

interface CredentialDialogProps {
  title: string;
  submitLabel: string;
  command: CommandForm & { form: UseFormReturnType<CredentialFormValues> };
  onClose: () => void;
}

function CredentialDialog({ title, submitLabel, command, onClose }: CredentialDialogProps) {
  const { form } = command;
  return (
    <FormDialog onClose={onClose} title={title} command={command} failureTitle="Not saved" submitLabel={submitLabel}>
      <CredentialFields kind={form.values.kind} field={(name) => ({ key: name, ...form.getInputProps(name) })} />
    </FormDialog>
  );
}
