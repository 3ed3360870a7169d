import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../../../lib/api-error.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { ProgramModule } from "../types.ts";
import { useRefreshProgram } from "../use-refresh-program.ts";

interface RemoveModuleModalProps {
  programId: string;
  module: ProgramModule;
  onClose: () => void;
}

export function RemoveModuleModal({ programId, module, onClose }: RemoveModuleModalProps) {
  const trpc = useTRPC();
  const refresh = useRefreshProgram(programId);
  const remove = useMutation(trpc.programs.removeModule.mutationOptions());
  const confirm = () =>
    remove.mutate(
      { moduleId: module.id },
      {
        onSuccess: async () => {
          await refresh();
          notifications.show({ color: "green", message: `${module.title} is removed` });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={`Remove “${module.title}”?`} centered>
      <Stack gap="md">
        <Text size="sm">
          The modules after it move up one place. Sessions of cohorts already set up that covered it keep their dates and history,
          but no longer show a module.
        </Text>
        {remove.error && (
          <Alert color="red" variant="light" role="alert" title="Not removed">
            {errorMessage(remove.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending}>
            Remove module
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
