import { ActionIcon, Alert, Button, Tooltip } from "@mantine/core";
import { IconInfoCircle, IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { SectionCard } from "../../components/section-card.tsx";
import { LICENCE_NOTE } from "./credentials/credential-labels.ts";
import { CredentialList } from "./credentials/credential-list.tsx";
import { CredentialModal } from "./credentials/credential-modal.tsx";
import { RemoveCredentialModal } from "./credentials/remove-credential-modal.tsx";
import type { Credential, Person } from "./types.ts";

type Editing = { mode: "add" } | { mode: "edit"; credential: Credential } | { mode: "remove"; credential: Credential } | null;

export function PersonCredentialsCard({ person }: { person: Person }) {
  const [editing, setEditing] = useState<Editing>(null);
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
            <Tooltip label="Remove" withArrow>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove ${credential.title}`}
                onClick={() => setEditing({ mode: "remove", credential })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </>
        )}
      />
      {editing?.mode === "add" && (
        <CredentialModal
          userId={person.id}
          defaultKind={person.role === "FACILITATOR" ? "PROFESSIONAL_LICENCE" : "CERTIFICATION"}
          onClose={close}
        />
      )}
      {editing?.mode === "edit" && (
        <CredentialModal
          userId={person.id}
          credential={editing.credential}
          defaultKind={editing.credential.kind}
          onClose={close}
        />
      )}
      {editing?.mode === "remove" && <RemoveCredentialModal userId={person.id} credential={editing.credential} onClose={close} />}
    </SectionCard>
  );
}
