import { Select, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";
import { RESOURCE_KIND_LABELS } from "./referral-labels.ts";

interface ResourceChoiceProps {
  value: string;
  onChange: (resourceId: string) => void;
  error?: React.ReactNode;
}

/** A searchable choice from the directory's active resources, crisis lines first. */
export function ResourceChoice({ value, onChange, error }: ResourceChoiceProps) {
  const trpc = useTRPC();
  const choices = useQuery(trpc.resources.choices.queryOptions());
  const resources = choices.data ?? [];
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const resource of resources) {
    const group = RESOURCE_KIND_LABELS[resource.kind];
    groups.set(group, [...(groups.get(group) ?? []), { value: resource.id, label: resource.name }]);
  }
  const chosen = resources.find((resource) => resource.id === value);
  const contact = chosen && [chosen.phone, chosen.website, chosen.hours].filter(Boolean).join(" · ");
  return (
    <>
      <Select
        label="Resource"
        placeholder={choices.isPending ? "Loading the directory…" : "Search the directory"}
        required
        searchable
        data={[...groups].map(([group, items]) => ({ group, items }))}
        value={value || null}
        onChange={(next) => onChange(next ?? "")}
        nothingFoundMessage="No resource matches: name it yourself with “Not in the directory”"
        error={error ?? (choices.error ? "The directory could not be loaded" : undefined)}
      />
      {contact && (
        <Text size="sm" c="dimmed" mt={-8}>
          {contact}
          {chosen?.acceptsDirectReferrals ? " · takes referrals directly" : ""}
        </Text>
      )}
    </>
  );
}
