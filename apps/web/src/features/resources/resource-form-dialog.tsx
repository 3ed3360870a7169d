import {
  RESOURCE_COSTS,
  RESOURCE_KINDS,
  type ResourceCost,
  type ResourceKind,
  resourceFields,
  updateResourceInput,
} from "@circle/validators";
import { Checkbox, Grid, NativeSelect, TagsInput, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { FormDialog } from "../../lib/forms/form-dialog.tsx";
import { useCommandForm } from "../../lib/forms/use-command-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { RESOURCE_COST_LABELS, RESOURCE_KIND_LABELS } from "../referrals/referral-labels.ts";
import type { ResourceRow } from "./types.ts";

interface ResourceValues {
  name: string;
  kind: ResourceKind;
  phone: string;
  website: string;
  address: string;
  hours: string;
  languages: string[];
  cost: ResourceCost | "";
  eligibility: string;
  acceptsDirectReferrals: boolean;
}

function valuesOf(resource: ResourceRow | null): ResourceValues {
  return {
    name: resource?.name ?? "",
    kind: resource?.kind ?? "INDIVIDUAL_THERAPY",
    phone: resource?.phone ?? "",
    website: resource?.website ?? "",
    address: resource?.address ?? "",
    hours: resource?.hours ?? "",
    languages: resource?.languages ?? [],
    cost: resource?.cost ?? "",
    eligibility: resource?.eligibility ?? "",
    acceptsDirectReferrals: resource?.acceptsDirectReferrals ?? false,
  };
}

const fields = (values: ResourceValues) => ({ ...values, cost: values.cost || null });

/** Adds a resource to the directory, or edits one (`resource`). */
export function ResourceFormDialog({ resource, onClose }: { resource: ResourceRow | null; onClose: () => void }) {
  const trpc = useTRPC();
  const editing = resource !== null;
  const onSuccess = (saved: { name: string }) => {
    notifications.show({ color: "green", message: editing ? `${saved.name} saved` : `${saved.name} is in the directory` });
    onClose();
  };
  const create = useCommandForm({
    initialValues: valuesOf(resource),
    schema: resourceFields,
    toInput: fields,
    mutation: trpc.resources.create.mutationOptions(),
    invalidates: [trpc.resources],
    onSuccess,
  });
  const update = useCommandForm({
    initialValues: valuesOf(resource),
    schema: updateResourceInput,
    toInput: (values) => ({ resourceId: resource?.id ?? "", resource: fields(values) }),
    fieldFor: (path) => (path.startsWith("resource.") ? (path.slice("resource.".length).split(".")[0] ?? null) : null),
    mutation: trpc.resources.update.mutationOptions(),
    invalidates: [trpc.resources, trpc.referrals],
    onSuccess,
  });
  const command = editing ? update : create;
  const { form } = command;
  return (
    <FormDialog
      title={editing ? `Edit ${resource.name}` : "Add a resource"}
      command={command}
      failureTitle="Not saved"
      submitLabel={editing ? "Save resource" : "Add resource"}
      onClose={onClose}
      size="xl"
    >
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <TextInput label="Name" required maxLength={200} {...form.getInputProps("name")} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <NativeSelect
            label="Kind"
            required
            data={RESOURCE_KINDS.map((kind) => ({ value: kind, label: RESOURCE_KIND_LABELS[kind] }))}
            {...form.getInputProps("kind")}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput label="Phone" type="tel" maxLength={60} {...form.getInputProps("phone")} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <TextInput label="Website" type="url" placeholder="https://" {...form.getInputProps("website")} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <TextInput label="Address" maxLength={300} {...form.getInputProps("address")} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput label="Hours" placeholder="Mon–Fri 9–5" maxLength={200} {...form.getInputProps("hours")} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <TagsInput label="Languages" description="Press Enter after each" maxTags={20} {...form.getInputProps("languages")} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <NativeSelect
            label="Cost"
            data={[
              { value: "", label: "Not known" },
              ...RESOURCE_COSTS.map((cost) => ({ value: cost, label: RESOURCE_COST_LABELS[cost] })),
            ]}
            {...form.getInputProps("cost")}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label="Eligibility"
            description="Who it serves, and what it asks for"
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            {...form.getInputProps("eligibility")}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Checkbox
            label="Takes referrals directly from us"
            {...form.getInputProps("acceptsDirectReferrals", { type: "checkbox" })}
          />
        </Grid.Col>
      </Grid>
    </FormDialog>
  );
}
