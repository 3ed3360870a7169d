import { RESOURCE_COSTS, RESOURCE_KINDS } from "@circle/validators";
import { Button, Checkbox, Group, NativeSelect } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { SearchInput } from "../../components/data-table/search-input.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import { RESOURCE_COST_LABELS, RESOURCE_KIND_LABELS } from "../referrals/referral-labels.ts";
import type { ResourcesSearch } from "./resources-search.ts";

interface ResourcesFiltersProps {
  search: ResourcesSearch;
  filtered: boolean;
  /** administrators may include archived resources */
  withArchived: boolean;
  onChange: (filters: Partial<ResourcesSearch>) => void;
  onClear: () => void;
}

const ANY = "";

export function ResourcesFilters({ search, filtered, withArchived, onChange, onClear }: ResourcesFiltersProps) {
  const trpc = useTRPC();
  const languages = useQuery(trpc.resources.languages.queryOptions());
  return (
    <Group align="flex-end" gap="md" mb="md" wrap="wrap">
      <div style={{ flex: "1 1 200px", maxWidth: 280 }}>
        <SearchInput
          label="Search"
          placeholder="Name, area, hours or eligibility"
          value={search.q ?? ""}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
        />
      </div>
      <NativeSelect
        label="Kind"
        data={[
          { value: ANY, label: "Any kind" },
          ...RESOURCE_KINDS.map((kind) => ({ value: kind, label: RESOURCE_KIND_LABELS[kind] })),
        ]}
        value={search.kind ?? ANY}
        onChange={(event) => onChange({ kind: (event.currentTarget.value || undefined) as ResourcesSearch["kind"] })}
        w={200}
      />
      <NativeSelect
        label="Cost"
        data={[
          { value: ANY, label: "Any cost" },
          ...RESOURCE_COSTS.map((cost) => ({ value: cost, label: RESOURCE_COST_LABELS[cost] })),
        ]}
        value={search.cost ?? ANY}
        onChange={(event) => onChange({ cost: (event.currentTarget.value || undefined) as ResourcesSearch["cost"] })}
        w={150}
      />
      <NativeSelect
        label="Language"
        data={[
          { value: ANY, label: languages.isPending ? "Loading…" : "Any language" },
          ...(languages.data ?? []).map((language) => ({ value: language, label: language })),
        ]}
        value={search.language ?? ANY}
        onChange={(event) => onChange({ language: event.currentTarget.value || undefined })}
        w={160}
      />
      <Checkbox
        label="Takes referrals directly"
        checked={search.direct ?? false}
        onChange={(event) => onChange({ direct: event.currentTarget.checked || undefined })}
        mb={8}
      />
      {withArchived && (
        <Checkbox
          label="Include archived"
          checked={search.archived ?? false}
          onChange={(event) => onChange({ archived: event.currentTarget.checked || undefined })}
          mb={8}
        />
      )}
      {filtered && (
        <Button variant="subtle" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
