import { Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ConfirmDialog } from "../../components/confirm/confirm-dialog.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import type { ResourceRow } from "./types.ts";

/** Archives a resource (it leaves the referral form; past referrals keep naming it) or restores it. */
export function ResourceActiveDialog({ resource, onClose }: { resource: ResourceRow; onClose: () => void }) {
  const trpc = useTRPC();
  const archiving = resource.active;
  return (
    <ConfirmDialog
      title={archiving ? `Archive ${resource.name}?` : `Restore ${resource.name}?`}
      confirmLabel={archiving ? "Archive resource" : "Restore resource"}
      confirmColor={archiving ? "red.9" : undefined}
      failureTitle="Not changed"
      mutation={trpc.resources.setActive.mutationOptions()}
      input={{ resourceId: resource.id, active: !archiving }}
      invalidates={[trpc.resources, trpc.referrals]}
      onSuccess={() =>
        notifications.show({
          color: "green",
          message: archiving ? `${resource.name} is archived` : `${resource.name} is back in the directory`,
        })
      }
      onClose={onClose}
    >
      <Text size="sm">
        {archiving
          ? "It leaves the directory and the referral form. Referrals already made to it keep naming it, and you can restore it at any time."
          : "It returns to the directory, and referrals can be made to it again."}
      </Text>
    </ConfirmDialog>
  );
}
