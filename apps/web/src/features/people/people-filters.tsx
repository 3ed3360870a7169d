import type { Role } from "@circle/validators";
import { Button, Group, NativeSelect } from "@mantine/core";
import { SearchInput } from "../../components/data-table/search-input.tsx";
import { ROLE_OPTIONS } from "../../lib/roles.ts";
import type { PeopleSearch, PersonStatus } from "./people-search.ts";

interface PeopleFiltersProps {
  search: PeopleSearch;
  filtered: boolean;
  onChange: (filters: Partial<PeopleSearch>) => void;
  onClear: () => void;
}

const ANY = "";
const STATUS_OPTIONS = [
  { value: ANY, label: "Any status" },
  { value: "active", label: "Active" },
  { value: "inactive", label: "Inactive" },
];

export function PeopleFilters({ search, filtered, onChange, onClear }: PeopleFiltersProps) {
  return (
    <Group align="flex-end" gap="md" mb="md" wrap="wrap">
      <div style={{ flex: "1 1 260px", maxWidth: 420 }}>
        <SearchInput
          label="Search"
          placeholder="Name or email"
          value={search.q ?? ""}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
        />
      </div>
      <NativeSelect
        label="Role"
        data={[{ value: ANY, label: "Any role" }, ...ROLE_OPTIONS]}
        value={search.role ?? ANY}
        onChange={(event) => onChange({ role: (event.currentTarget.value || undefined) as Role | undefined })}
        w={180}
      />
      <NativeSelect
        label="Status"
        data={STATUS_OPTIONS}
        value={search.status ?? ANY}
        onChange={(event) => onChange({ status: (event.currentTarget.value || undefined) as PersonStatus | undefined })}
        w={160}
      />
      {filtered && (
        <Button variant="subtle" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
