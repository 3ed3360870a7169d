import { resourceFields, updateResourceInput } from "@circle/validators";
import { notifications } from "@mantine/notifications";
import { FormDialog } from "../../lib/forms/form-dialog.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ResourceFields } from "./resource-fields.tsx";
import { resourceValues, toResourceFields } from "./resource-values.ts";
import type { ResourceRow } from "./types.ts";

/** Adds a resource to the directory. */
export function NewResourceDialog({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: resourceValues(null),
    schema: resourceFields,
    toInput: toResourceFields,
    mutation: trpc.resources.create.mutationOptions(),
    invalidates: [trpc.resources],
    onSuccess: (saved) => {
      notifications.show({ color: "green", message: `${saved.name} is in the directory` });
      onClose();
    },
  });
  return (
    <FormDialog
      title="Add a resource"
      command={command}
      failureTitle="Not saved"
      submitLabel="Add resource"
      onClose={onClose}
      size="xl"
    >
      <ResourceFields form={command.form} />
    </FormDialog>
  );
}

/** Edits a directory entry; referrals to it show the change too. */
export function EditResourceDialog({ resource, onClose }: { resource: ResourceRow; onClose: () => void }) {
  const trpc = useTRPC();
  const command = useCommandForm({
    initialValues: resourceValues(resource),
    schema: updateResourceInput,
    toInput: (values) => ({ resourceId: resource.id, resource: toResourceFields(values) }),
    // "resource.website" is the form's "website"
    fieldFor: (path) => (path.startsWith("resource.") ? (path.slice("resource.".length).split(".")[0] ?? null) : null),
    mutation: trpc.resources.update.mutationOptions(),
    invalidates: [trpc.resources, trpc.referrals],
    onSuccess: (saved) => {
      notifications.show({ color: "green", message: `${saved.name} saved` });
      onClose();
    },
  });
  return (
    <FormDialog
      title={`Edit ${resource.name}`}
      command={command}
      failureTitle="Not saved"
      submitLabel="Save resource"
      onClose={onClose}
      size="xl"
    >
      <ResourceFields form={command.form} />
    </FormDialog>
  );
}
