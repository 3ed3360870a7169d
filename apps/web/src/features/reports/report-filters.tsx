import "@mantine/dates/styles.css";
import type { ReportFilters } from "@circle/validators";
import { Button, Checkbox, Group, Menu, NativeSelect } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendarEvent } from "@tabler/icons-react";
import { FacilitatorFilter } from "../../components/filters/facilitator-filter.tsx";
import { ProgramFilter } from "../../components/filters/program-filter.tsx";
import { useMe } from "../../lib/session/use-me.ts";
import { DELIVERY_OPTIONS, GROUP_TYPE_OPTIONS } from "../programs/program-labels.ts";
import { CohortFilter } from "./cohort-filter.tsx";
import type { ReportPage } from "./report-kinds.ts";
import { periodPresets } from "./report-period.ts";

interface ReportFiltersProps {
  report: ReportPage;
  filters: ReportFilters;
  onChange: (filters: ReportFilters) => void;
}

const ANY = "";

/** The period and what to count; every change is in the URL at once. */
export function ReportFiltersBar({ report, filters, onChange }: ReportFiltersProps) {
  const me = useMe();
  const set = (change: Partial<ReportFilters>) => onChange({ ...filters, ...change });
  return (
    <Group align="flex-end" gap="md" mb="lg" wrap="wrap" className="report-filters">
      <DateInput
        label="From"
        valueFormat="YYYY-MM-DD"
        placeholder="YYYY-MM-DD"
        value={filters.from}
        maxDate={filters.to}
        onChange={(value) => value && set({ from: value })}
        w={140}
      />
      <DateInput
        label="To"
        valueFormat="YYYY-MM-DD"
        placeholder="YYYY-MM-DD"
        value={filters.to}
        minDate={filters.from}
        onChange={(value) => value && set({ to: value })}
        w={140}
      />
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="default" leftSection={<IconCalendarEvent size={16} aria-hidden />}>
            Periods
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {periodPresets().map((preset) => (
            <Menu.Item key={preset.label} onClick={() => set({ from: preset.from, to: preset.to })}>
              {preset.label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <ProgramFilter value={filters.programId} onChange={(programId) => set({ programId, cohortId: undefined })} />
      <CohortFilter programId={filters.programId} value={filters.cohortId} onChange={(cohortId) => set({ cohortId })} />
      {me.role !== "FACILITATOR" && (
        <FacilitatorFilter value={filters.facilitatorId} onChange={(facilitatorId) => set({ facilitatorId })} />
      )}
      <NativeSelect
        label="Group type"
        data={[{ value: ANY, label: "Any group type" }, ...GROUP_TYPE_OPTIONS]}
        value={filters.groupType ?? ANY}
        onChange={(event) => set({ groupType: (event.currentTarget.value || undefined) as ReportFilters["groupType"] })}
        w={190}
      />
      <NativeSelect
        label="Delivery"
        data={[{ value: ANY, label: "Any delivery" }, ...DELIVERY_OPTIONS]}
        value={filters.delivery ?? ANY}
        onChange={(event) => set({ delivery: (event.currentTarget.value || undefined) as ReportFilters["delivery"] })}
        w={150}
      />
      {report.filters.includes("byLanguage") && (
        <Checkbox
          label="Break down by language"
          checked={filters.byLanguage ?? false}
          onChange={(event) => set({ byLanguage: event.currentTarget.checked || undefined })}
          mb={8}
        />
      )}
    </Group>
  );
}
