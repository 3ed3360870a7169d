import type { GroupType } from "@circle/validators";
import { Button, Group, Input, NativeSelect, SegmentedControl } from "@mantine/core";
import { SearchInput } from "../../components/data-table/search-input.tsx";
import { GROUP_TYPE_OPTIONS } from "./program-labels.ts";
import type { ProgramsSearch } from "./programs-search.ts";

interface ProgramsFiltersProps {
  filters: ProgramsSearch;
  filtered: boolean;
  onChange: (filters: Partial<ProgramsSearch>) => void;
  onClear: () => void;
}

const ANY = "";

export function ProgramsFilters({ filters, filtered, onChange, onClear }: ProgramsFiltersProps) {
  return (
    <Group align="flex-end" gap="md" mb="md" wrap="wrap">
      <div style={{ flex: "1 1 240px", maxWidth: 420 }}>
        <SearchInput
          label="Search"
          placeholder="Program name"
          value={filters.q ?? ""}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
        />
      </div>
      <NativeSelect
        label="Group type"
        data={[{ value: ANY, label: "Any group type" }, ...GROUP_TYPE_OPTIONS]}
        value={filters.groupType ?? ANY}
        onChange={(event) => onChange({ groupType: (event.currentTarget.value || undefined) as GroupType | undefined })}
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
            onChange={(value) => onChange({ archived: value === "archived" || undefined })}
          />
        </div>
      </Input.Wrapper>
      {filtered && (
        <Button variant="subtle" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
