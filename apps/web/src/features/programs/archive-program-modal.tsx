import { List, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ConfirmDialog } from "../../components/confirm/confirm-dialog.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import type { Program } from "./types.ts";

interface ArchiveProgramModalProps {
  program: Program;
  opened: boolean;
  onClose: () => void;
}

/** Archive (no new cohorts; nothing is deleted) or restore, after saying what will happen. */
export function ArchiveProgramModal({ program, opened, onClose }: ArchiveProgramModalProps) {
  const trpc = useTRPC();
  const archiving = !program.archivedAt;
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={archiving ? `Archive ${program.name}?` : `Restore ${program.name}?`}
      mutation={trpc.programs.setArchived.mutationOptions()}
      input={{ programId: program.id, archived: archiving }}
      invalidates={[trpc.programs]}
      onSuccess={() =>
        notifications.show({
          color: "green",
          message: archiving ? `${program.name} is archived` : `${program.name} is back in use`,
        })
      }
      failureTitle="Not changed"
      confirmLabel={archiving ? "Archive program" : "Restore program"}
      confirmColor={archiving ? "orange" : undefined}
    >
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
    </ConfirmDialog>
  );
}
