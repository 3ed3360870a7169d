import { Alert, Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { Program } from "./types.ts";
import { useRefreshProgram } from "./use-refresh-program.ts";

interface ArchiveProgramModalProps {
  program: Program;
  opened: boolean;
  onClose: () => void;
}

/** Archive (no new cohorts; nothing is deleted) or restore, after saying what will happen. */
export function ArchiveProgramModal({ program, opened, onClose }: ArchiveProgramModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshProgram(program.id);
  const setArchived = useMutation(trpc.programs.setArchived.mutationOptions());
  const archiving = !program.archivedAt;

  const close = () => {
    setArchived.reset();
    onClose();
  };
  const confirm = () =>
    setArchived.mutate(
      { programId: program.id, archived: archiving },
      {
        onSuccess: async () => {
          await refresh();
          close();
          notifications.show({
            color: "green",
            message: archiving ? `${program.name} is archived` : `${program.name} is back in use`,
          });
        },
      },
    );

  return (
    <Modal opened={opened} onClose={close} title={archiving ? `Archive ${program.name}?` : `Restore ${program.name}?`} centered>
      <Stack gap="md">
        {archiving ? (
          <List size="sm" spacing={4}>
            <List.Item>it leaves the list of programs in use and no new cohort can be set up from it;</List.Item>
            <List.Item>
              its {program._count.cohorts} cohort{program._count.cohorts === 1 ? "" : "s"}, their sessions and all history stay as
              they are;
            </List.Item>
            <List.Item>nothing is deleted: you can restore it at any time.</List.Item>
          </List>
        ) : (
          <Text size="sm">It returns to the programs in use, and new cohorts can be set up from it again.</Text>
        )}
        {setArchived.error && (
          <Alert color="red" variant="light" role="alert" title="Not changed">
            {errorMessage(setArchived.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color={archiving ? "orange" : undefined} onClick={confirm} loading={setArchived.isPending}>
            {archiving ? "Archive program" : "Restore program"}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
