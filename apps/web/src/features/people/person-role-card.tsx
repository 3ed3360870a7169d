import type { Role } from "@circle/validators";
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { SectionCard } from "../../components/section-card.tsx";
import { errorMessage } from "../../lib/api-error.ts";
import { ROLE_LABELS, ROLE_OPTIONS } from "../../lib/roles.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ROLE_DESCRIPTIONS } from "./role-field.tsx";
import type { Person } from "./types.ts";
import { useRefreshPerson } from "./use-refresh-person.ts";

export function PersonRoleCard({ person }: { person: Person }) {
  const trpc = useTRPC();
  const refresh = useRefreshPerson(person.id);
  const [role, setRole] = useState<Role>(person.role);
  const [confirming, setConfirming] = useState(false);
  const changeRole = useMutation(trpc.users.changeRole.mutationOptions());

  const close = () => {
    setConfirming(false);
    changeRole.reset();
  };
  const confirm = () =>
    changeRole.mutate(
      { userId: person.id, role },
      {
        onSuccess: async () => {
          await refresh();
          close();
          notifications.show({ color: "green", message: `${person.name}'s role is now ${ROLE_LABELS[role]}` });
        },
      },
    );

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

      <Modal opened={confirming} onClose={close} title={`Change ${person.name}'s role?`} centered>
        <Stack gap="md">
          <Text size="sm">
            From <strong>{ROLE_LABELS[person.role]}</strong> to <strong>{ROLE_LABELS[role]}</strong>. It takes effect straight
            away, with what they open next.
          </Text>
          <Text size="sm" c="dimmed">
            {ROLE_LABELS[role]}: {ROLE_DESCRIPTIONS[role]}
          </Text>
          {changeRole.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(changeRole.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={confirm} loading={changeRole.isPending}>
              Change role
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SectionCard>
  );
}
