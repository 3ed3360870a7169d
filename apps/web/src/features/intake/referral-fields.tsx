import { REFERRAL_URGENCIES } from "@circle/validators";
import { Checkbox, Grid, NativeSelect, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";
import { ReferralCategorySelect } from "../referrals/referral-category-select.tsx";
import { REFERRAL_URGENCY_LABELS, RESOURCE_KIND_LABELS } from "../referrals/referral-labels.ts";
import type { MoveValues } from "./move-values.ts";

/** Where the person is referred instead: the referral record the full referral workflow builds on. */
export function ReferralFields({ form }: { form: UseFormReturnType<MoveValues> }) {
  const trpc = useTRPC();
  const resources = useQuery(trpc.resources.choices.queryOptions());
  const category = form.values.category;
  // Resources of the chosen kind first; every resource stays reachable.
  const sorted = [...(resources.data ?? [])].sort(
    (a, b) => Number(b.kind === category) - Number(a.kind === category) || a.name.localeCompare(b.name),
  );
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <ReferralCategorySelect {...form.getInputProps("category")} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <NativeSelect
          label="Urgency"
          required
          data={[
            { value: "", label: "Choose one" },
            ...REFERRAL_URGENCIES.map((value) => ({ value, label: REFERRAL_URGENCY_LABELS[value] })),
          ]}
          {...form.getInputProps("urgency")}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <NativeSelect
          label="Resource"
          description="From the organisation's directory; leave empty if none fits"
          data={[
            { value: "", label: resources.isPending ? "Loading the directory…" : "No specific resource" },
            ...sorted.map((resource) => ({
              value: resource.id,
              label: `${resource.name} (${RESOURCE_KIND_LABELS[resource.kind]})${resource.phone ? ` · ${resource.phone}` : ""}`,
            })),
          ]}
          {...form.getInputProps("resourceId")}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label="Referral note" autosize minRows={2} maxRows={6} {...form.getInputProps("note")} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Checkbox
          label="The person agreed that information may be shared with this resource"
          {...form.getInputProps("informationSharing", { type: "checkbox" })}
        />
      </Grid.Col>
    </Grid>
  );
}
