import { APPLICATION_STATUSES } from "@circle/validators";
import { Button, Group, NativeSelect } from "@mantine/core";
import { SearchInput } from "../../components/data-table/search-input.tsx";
import { ProgramFilter } from "../../components/filters/program-filter.tsx";
import { APPLICATION_STATUS_LABELS } from "./intake-labels.ts";
import type { IntakeSearch } from "./intake-search.ts";
import { useCohortOptions } from "./use-cohort-options.ts";

interface IntakeFiltersProps {
  search: IntakeSearch;
  filtered: boolean;
  onChange: (filters: Partial<IntakeSearch>) => void;
  onClear: () => void;
}

const ANY = "";
const STATUS_OPTIONS = [
  { value: ANY, label: "Waiting for a decision" },
  { value: "ALL", label: "Any status" },
  ...APPLICATION_STATUSES.map((status) => ({ value: status, label: APPLICATION_STATUS_LABELS[status] })),
];
const FLAG_OPTIONS = [
  { value: ANY, label: "Any" },
  { value: "true", label: "Flagged" },
  { value: "false", label: "Not flagged" },
];
const AGES = [1, 3, 7, 14, 30, 60];

function ageOptions(current: number | undefined) {
  const ages = current !== undefined && !AGES.includes(current) ? [...AGES, current].sort((a, b) => a - b) : AGES;
  return [
    { value: ANY, label: "Any age" },
    ...ages.map((days) => ({ value: String(days), label: `${days}+ day${days === 1 ? "" : "s"}` })),
  ];
}

export function IntakeQueueFilters({ search, filtered, onChange, onClear }: IntakeFiltersProps) {
  const cohorts = useCohortOptions(search.programId);

  return (
    <Group align="flex-end" gap="md" mb="md" wrap="wrap">
      <div style={{ flex: "1 1 200px", maxWidth: 280 }}>
        <SearchInput
          label="Search"
          placeholder="Applicant's name"
          value={search.q ?? ""}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
        />
      </div>
      <NativeSelect
        label="Status"
        data={STATUS_OPTIONS}
        value={search.status ?? ANY}
        onChange={(event) => onChange({ status: (event.currentTarget.value || undefined) as IntakeSearch["status"] })}
        // wide enough for its longest choice, "Waiting for a decision"
        w={240}
      />
      <ProgramFilter
        value={search.programId}
        // Another program's cohort would match nothing: the cohort filter starts over.
        onChange={(programId) => onChange({ programId, cohortId: undefined })}
        w={200}
      />
      <NativeSelect
        label="Cohort"
        disabled={!search.programId}
        data={[
          { value: ANY, label: search.programId ? "Any cohort" : "Pick a program first" },
          ...(cohorts.data ?? []).map((cohort) => ({ value: cohort.id, label: cohort.name })),
        ]}
        value={search.cohortId ?? ANY}
        onChange={(event) => onChange({ cohortId: event.currentTarget.value || undefined })}
        w={200}
      />
      <NativeSelect
        label="Risk flag"
        data={FLAG_OPTIONS}
        value={search.flagged === undefined ? ANY : String(search.flagged)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ flagged: value === ANY ? undefined : value === "true" });
        }}
        w={130}
      />
      <NativeSelect
        label="Waiting"
        data={ageOptions(search.olderThanDays)}
        value={search.olderThanDays === undefined ? ANY : String(search.olderThanDays)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ olderThanDays: value === ANY ? undefined : Number(value) });
        }}
        w={130}
      />
      {filtered && (
        <Button variant="subtle" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
