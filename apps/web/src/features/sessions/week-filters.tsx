import { Button, Group } from "@mantine/core";
import { SearchInput } from "../../components/data-table/search-input.tsx";
import { FacilitatorFilter } from "../../components/filters/facilitator-filter.tsx";
import { ProgramFilter } from "../../components/filters/program-filter.tsx";
import { hasWeekFilters, NO_WEEK_FILTERS, type WeekFilters } from "./week-search.ts";

interface WeekFiltersProps {
  filters: WeekFilters;
  onChange: (filters: WeekFilters) => void;
}

export function WeekFiltersBar({ filters, onChange }: WeekFiltersProps) {
  const set = (change: Partial<WeekFilters>) => onChange({ ...filters, ...change });
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <FacilitatorFilter value={filters.facilitatorId} onChange={(facilitatorId) => set({ facilitatorId })} />
      <ProgramFilter value={filters.programId} onChange={(programId) => set({ programId })} />
      <div style={{ flex: "0 1 240px" }}>
        <SearchInput
          label="Location"
          placeholder="Building or room"
          value={filters.location ?? ""}
          onSearch={(location) => set({ location: location.trim() || undefined })}
        />
      </div>
      {hasWeekFilters(filters) && (
        <Button variant="subtle" onClick={() => onChange(NO_WEEK_FILTERS)}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
