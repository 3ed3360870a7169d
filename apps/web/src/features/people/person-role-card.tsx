import type { Role } from "@circle/validators";
import { Button, Group, NativeSelect, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { ConfirmDialog } from "../../components/confirm/confirm-dialog.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { ROLE_LABELS, ROLE_OPTIONS } from "../../lib/roles.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ROLE_DESCRIPTIONS } from "./role-field.tsx";
import type { Person } from "./types.ts";

export function PersonRoleCard({ person }: { person: Person }) {
  const trpc = useTRPC();
  const [role, setRole] = useState<Role>(person.role);
  const [confirming, setConfirming] = useState(false);

  return (
    <SectionCard title="Role">
      <Text size="sm" c="dimmed">
        {ROLE_DESCRIPTIONS[person.role]}
      </Text>
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label="Role"
          data={ROLE_OPTIONS}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as Role)}
          style={{ flex: "1 1 200px" }}
        />
        <Button variant="default" disabled={role === person.role} onClick={() => setConfirming(true)}>
          Change role
        </Button>
      </Group>

      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Change ${person.name}'s role?`}
        mutation={trpc.users.changeRole.mutationOptions()}
        input={{ userId: person.id, role }}
        invalidates={[trpc.users, trpc.auth]}
        onSuccess={() => notifications.show({ color: "green", message: `${person.name}'s role is now ${ROLE_LABELS[role]}` })}
        failureTitle="Role not changed"
        confirmLabel="Change role"
      >
        <Text size="sm">
          From <strong>{ROLE_LABELS[person.role]}</strong> to <strong>{ROLE_LABELS[role]}</strong>. It takes effect straight away,
          with what they open next.
        </Text>
        <Text size="sm" c="dimmed">
          {ROLE_LABELS[role]}: {ROLE_DESCRIPTIONS[role]}
        </Text>
      </ConfirmDialog>
    </SectionCard>
  );
}
