import type { GroupType } from "@circle/validators";
import { Button, Group, Input, NativeSelect, SegmentedControl } from "@mantine/core";
import { SearchInput } from "../../components/data-table/search-input.tsx";
import { GROUP_TYPE_OPTIONS } from "./program-labels.ts";
import { NO_PROGRAM_FILTERS, type ProgramFilters } from "./programs-search.ts";

interface ProgramsFiltersProps {
  filters: ProgramFilters;
  onChange: (filters: ProgramFilters) => void;
}

const ANY = "";

export function ProgramsFilters({ filters, onChange }: ProgramsFiltersProps) {
  const filtered = Boolean(filters.q || filters.groupType || filters.archived);
  return (
    <Group align="flex-end" gap="md" mb="md" wrap="wrap">
      <div style={{ flex: "1 1 240px", maxWidth: 420 }}>
        <SearchInput
          label="Search"
          placeholder="Program name"
          value={filters.q ?? ""}
          onSearch={(q) => onChange({ ...filters, q: q.trim() || undefined })}
        />
      </div>
      <NativeSelect
        label="Group type"
        data={[{ value: ANY, label: "Any group type" }, ...GROUP_TYPE_OPTIONS]}
        value={filters.groupType ?? ANY}
        onChange={(event) =>
          onChange({ ...filters, groupType: (event.currentTarget.value || undefined) as GroupType | undefined })
        }
        w={220}
      />
      <Input.Wrapper label="Showing" id="programs-archived-label" component="div">
        <div>
          <SegmentedControl
            aria-labelledby="programs-archived-label"
            data={[
              { value: "active", label: "In use" },
              { value: "archived", label: "Archived" },
            ]}
            value={filters.archived ? "archived" : "active"}
            onChange={(value) => onChange({ ...filters, archived: value === "archived" || undefined })}
          />
        </div>
      </Input.Wrapper>
      {filtered && (
        <Button variant="subtle" onClick={() => onChange(NO_PROGRAM_FILTERS)}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
