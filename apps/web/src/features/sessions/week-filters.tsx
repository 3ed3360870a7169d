import { Button, Group, NativeSelect } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { SearchInput } from "../../components/data-table/search-input.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import { hasWeekFilters, NO_WEEK_FILTERS, type WeekFilters } from "./week-search.ts";

interface WeekFiltersProps {
  filters: WeekFilters;
  onChange: (filters: WeekFilters) => void;
}

const ANY = "";

export function WeekFiltersBar({ filters, onChange }: WeekFiltersProps) {
  const trpc = useTRPC();
  const programs = useQuery(trpc.programs.options.queryOptions());
  const facilitators = useQuery(trpc.users.facilitators.queryOptions());
  const set = (change: Partial<WeekFilters>) => onChange({ ...filters, ...change });
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <NativeSelect
        label="Facilitator"
        data={[
          { value: ANY, label: facilitators.isPending ? "Loading…" : "Anyone" },
          ...(facilitators.data ?? []).map((person) => ({ value: person.id, label: person.name })),
        ]}
        value={filters.facilitatorId ?? ANY}
        onChange={(event) => set({ facilitatorId: event.currentTarget.value || undefined })}
        w={200}
      />
      <NativeSelect
        label="Program"
        data={[
          { value: ANY, label: programs.isPending ? "Loading…" : "Any program" },
          ...(programs.data ?? []).map((program) => ({ value: program.id, label: program.name })),
        ]}
        value={filters.programId ?? ANY}
        onChange={(event) => set({ programId: event.currentTarget.value || undefined })}
        w={220}
      />
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
