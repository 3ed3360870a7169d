import { RESOURCE_COSTS, RESOURCE_KINDS } from "@circle/validators";
import { Checkbox, Grid, NativeSelect, TagsInput, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { RESOURCE_COST_LABELS, RESOURCE_KIND_LABELS } from "../referrals/referral-labels.ts";
import type { ResourceValues } from "./resource-values.ts";

/** Every field of a directory entry, for adding and editing alike. */
export function ResourceFields({ form }: { form: UseFormReturnType<ResourceValues> }) {
  return (
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
  );
}
