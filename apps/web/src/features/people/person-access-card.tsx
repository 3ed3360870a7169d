import { Button, Group, Stack, Table, Text } from "@mantine/core";
import { IconKey, IconUserCheck, IconUserOff } from "@tabler/icons-react";
import { useState } from "react";
import { SectionCard } from "../../components/section-card.tsx";
import { formatDate, formatDateTime } from "../../lib/format.ts";
import { ActiveStatusModal } from "./active-status-modal.tsx";
import { ResetPasswordModal } from "./reset-password-modal.tsx";
import { StatusBadge } from "./status-badge.tsx";
import type { Person } from "./types.ts";

type OpenModal = "status" | "password" | null;

export function PersonAccessCard({ person, isMe }: { person: Person; isMe: boolean }) {
  const [open, setOpen] = useState<OpenModal>(null);
  const close = () => setOpen(null);
  return (
    <SectionCard title="Sign-in access">
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={150}>Status</Table.Th>
            <Table.Td>
              <StatusBadge active={person.active} />
            </Table.Td>
          </Table.Tr>
          {!person.active && (
            <Table.Tr>
              <Table.Th>Deactivated</Table.Th>
              <Table.Td>{formatDateTime(person.deactivatedAt)}</Table.Td>
            </Table.Tr>
          )}
          <Table.Tr>
            <Table.Th>Last sign-in</Table.Th>
            <Table.Td>{formatDateTime(person.lastSignInAt, "Never")}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Password</Table.Th>
            <Table.Td>{person.mustChangePassword ? "Temporary: to change at next sign-in" : "Chosen by them"}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Created</Table.Th>
            <Table.Td>{formatDate(person.createdAt)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Stack gap="xs">
        <Group gap="sm">
          <Button variant="default" leftSection={<IconKey size={16} aria-hidden />} onClick={() => setOpen("password")}>
            Reset password
          </Button>
          {person.active ? (
            <Button
              variant="light"
              color="red"
              leftSection={<IconUserOff size={16} aria-hidden />}
              onClick={() => setOpen("status")}
            >
              Deactivate
            </Button>
          ) : (
            <Button variant="light" leftSection={<IconUserCheck size={16} aria-hidden />} onClick={() => setOpen("status")}>
              Reactivate
            </Button>
          )}
        </Group>
        {isMe && person.active && (
          <Text size="xs" c="dimmed">
            You cannot deactivate your own account; another administrator can.
          </Text>
        )}
      </Stack>
      <ActiveStatusModal person={person} opened={open === "status"} onClose={close} />
      {open === "password" && <ResetPasswordModal person={person} onClose={close} />}
    </SectionCard>
  );
}
