import type { Role } from "@circle/validators";
import { Button, Group, Stack, Text } from "@mantine/core";
import { IconLogout } from "@tabler/icons-react";
import { ROLE_LABELS } from "../../lib/roles.ts";
import { useSignOut } from "../../lib/session/use-sign-out.ts";

export function AccountSummary({ name, role }: { name: string; role: Role }) {
  const signOut = useSignOut();
  return (
    <Group gap="md" wrap="nowrap">
      <Stack gap={0} align="flex-end" visibleFrom="xs">
        <Text size="sm" fw={600} lineClamp={1}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {ROLE_LABELS[role]}
        </Text>
      </Stack>
      <Button
        variant="default"
        size="sm"
        leftSection={<IconLogout size={18} aria-hidden />}
        loading={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        Sign out
      </Button>
    </Group>
  );
}
