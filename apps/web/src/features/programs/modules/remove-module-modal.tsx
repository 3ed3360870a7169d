import { Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ConfirmDialog } from "../../../components/confirm/confirm-dialog.tsx";
import { useTRPC } from "../../../lib/trpc.ts";
import type { ProgramModule } from "../types.ts";

interface RemoveModuleModalProps {
  module: ProgramModule;
  onClose: () => void;
}

export function RemoveModuleModal({ module, onClose }: RemoveModuleModalProps) {
  const trpc = useTRPC();
  return (
    <ConfirmDialog
      onClose={onClose}
      title={`Remove “${module.title}”?`}
      mutation={trpc.programs.removeModule.mutationOptions()}
      input={{ moduleId: module.id }}
      invalidates={[trpc.programs]}
      onSuccess={() => notifications.show({ color: "green", message: `${module.title} is removed` })}
      failureTitle="Not removed"
      confirmLabel="Remove module"
      confirmColor="red"
    >
      <Text size="sm">
        The modules after it move up one place. Sessions of cohorts already set up that covered it keep their dates and history,
        but no longer show a module.
      </Text>
    </ConfirmDialog>
  );
}
