import { ActionIcon, Alert, Button, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconInfoCircle, IconPencil, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { DoubleCheckButton } from "../../components/confirm/double-check-button.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { FormFailure } from "../../lib/forms/form-failure.tsx";
import { useCommand } from "../../lib/forms/use-command.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { LICENCE_NOTE } from "./credentials/credential-labels.ts";
import { CredentialList } from "./credentials/credential-list.tsx";
import { AddCredentialModal, EditCredentialModal } from "./credentials/credential-modal.tsx";
import type { Credential, Person } from "./types.ts";

type Editing = { mode: "add" } | { mode: "edit"; credential: Credential } | null;

export function PersonCredentialsCard({ person }: { person: Person }) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState<Editing>(null);
  const { run: remove, mutation: removal } = useCommand({
    mutation: trpc.users.removeCredential.mutationOptions(),
    invalidates: [trpc.users, trpc.auth],
  });
  const removeCredential = (credential: Credential) =>
    remove(
      { credentialId: credential.id },
      { onSuccess: () => notifications.show({ color: "green", message: `Removed ${credential.title}` }) },
    );
  const close = () => setEditing(null);
  const leadsCohorts = person.role === "FACILITATOR" || person.role === "ADMIN";
  return (
    <SectionCard
      title="Credentials"
      actions={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setEditing({ mode: "add" })}
        >
          Add credential
        </Button>
      }
    >
      {leadsCohorts && (
        <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
          {LICENCE_NOTE}
        </Alert>
      )}
      <FormFailure title="Not removed" failure={removal.error} />
      <CredentialList
        credentials={person.credentials}
        emptyText="No licences or certificates recorded."
        actions={(credential) => (
          <>
            <Tooltip label="Edit" withArrow>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Edit ${credential.title}`}
                onClick={() => setEditing({ mode: "edit", credential })}
              >
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <DoubleCheckButton
              size="xs"
              variant="subtle"
              color="red"
              aria-label={`Remove ${credential.title}`}
              confirmLabel={`Remove ${credential.title}?`}
              loading={removal.isPending && removal.variables?.credentialId === credential.id}
              onConfirm={() => removeCredential(credential)}
            >
              Remove
            </DoubleCheckButton>
          </>
        )}
      />
      {editing?.mode === "add" && (
        <AddCredentialModal
          userId={person.id}
          defaultKind={person.role === "FACILITATOR" ? "PROFESSIONAL_LICENCE" : "CERTIFICATION"}
          onClose={close}
        />
      )}
      {editing?.mode === "edit" && <EditCredentialModal credential={editing.credential} onClose={close} />}
    </SectionCard>
  );
}
