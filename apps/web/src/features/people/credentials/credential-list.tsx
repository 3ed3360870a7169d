import { Badge, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { formatCalendarDay } from "../../../lib/format.ts";
import type { Credential } from "../types.ts";
import { CREDENTIAL_KIND_LABELS, credentialStanding } from "./credential-labels.ts";
import classes from "./credential-list.module.css";

interface CredentialListProps {
  credentials: Credential[];
  /** what to say when there are none */
  emptyText: string;
  /** edit/remove buttons for one credential, when the viewer may change them */
  actions?: (credential: Credential) => ReactNode;
}

export function CredentialList({ credentials, emptyText, actions }: CredentialListProps) {
  if (credentials.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {emptyText}
      </Text>
    );
  }
  return (
    <ul className={classes.list}>
      {credentials.map((credential) => (
        <li key={credential.id} className={classes.item}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {credential.title}
                </Text>
                <ExpiryBadge expiresAt={credential.expiresAt} />
              </Group>
              <Text size="sm" c="dimmed">
                {[CREDENTIAL_KIND_LABELS[credential.kind], credential.issuer, credential.number && `No. ${credential.number}`]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
              <Text size="xs" c="dimmed">
                {credential.expiresAt ? `Expires ${formatCalendarDay(credential.expiresAt)}` : "No expiry date"}
              </Text>
            </Stack>
            {actions && <Group gap={4}>{actions(credential)}</Group>}
          </Group>
        </li>
      ))}
    </ul>
  );
}

function ExpiryBadge({ expiresAt }: { expiresAt: Date | null }) {
  switch (credentialStanding(expiresAt)) {
    case "expired":
      return (
        <Badge color="red" variant="light" size="sm">
          Expired
        </Badge>
      );
    case "expiring":
      return (
        <Badge color="orange" variant="light" size="sm">
          Expires soon
        </Badge>
      );
    case "current":
      return (
        <Badge color="green" variant="light" size="sm">
          Current
        </Badge>
      );
    default:
      return null;
  }
}
