import "@mantine/dates/styles.css";
import { COHORT_STATUSES, type CohortStatus } from "@circle/validators";
import { Button, Group, NativeSelect } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { SearchInput } from "../../components/data-table/search-input.tsx";
import { FacilitatorFilter } from "../../components/filters/facilitator-filter.tsx";
import { ProgramFilter } from "../../components/filters/program-filter.tsx";
import { COHORT_STATUS_LABELS } from "./cohort-labels.ts";
import type { CohortsSearch } from "./cohorts-search.ts";

interface CohortsFiltersProps {
  filters: CohortsSearch;
  filtered: boolean;
  onChange: (filters: Partial<CohortsSearch>) => void;
  onClear: () => void;
}

const ANY = "";
const STATUS_OPTIONS = [
  { value: ANY, label: "Any status" },
  ...COHORT_STATUSES.map((s) => ({ value: s, label: COHORT_STATUS_LABELS[s] })),
];

export function CohortsFilters({ filters, filtered, onChange, onClear }: CohortsFiltersProps) {
  return (
    <Group align="flex-end" gap="md" mb="md" wrap="wrap">
      <div style={{ flex: "1 1 220px", maxWidth: 360 }}>
        <SearchInput
          label="Search"
          placeholder="Cohort or program name"
          value={filters.q ?? ""}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
        />
      </div>
      <NativeSelect
        label="Status"
        data={STATUS_OPTIONS}
        value={filters.status ?? ANY}
        onChange={(event) => onChange({ status: (event.currentTarget.value || undefined) as CohortStatus | undefined })}
        w={170}
      />
      <ProgramFilter value={filters.programId} onChange={(programId) => onChange({ programId })} />
      <FacilitatorFilter value={filters.facilitatorId} onChange={(facilitatorId) => onChange({ facilitatorId })} />
      <DateInput
        label="Starts from"
        valueFormat="YYYY-MM-DD"
        placeholder="YYYY-MM-DD"
        clearable
        value={filters.startFrom ?? null}
        onChange={(value) => onChange({ startFrom: value ?? undefined })}
        w={150}
      />
      <DateInput
        label="Starts by"
        valueFormat="YYYY-MM-DD"
        placeholder="YYYY-MM-DD"
        clearable
        minDate={filters.startFrom}
        value={filters.startTo ?? null}
        onChange={(value) => onChange({ startTo: value ?? undefined })}
        w={150}
      />
      {filtered && (
        <Button variant="subtle" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
