import { NativeSelect } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";

interface CohortFilterProps {
  programId: string | undefined;
  value: string | undefined;
  onChange: (cohortId: string | undefined) => void;
}

/** "Any cohort" or one of the cohorts the person may see, newest first (of the chosen program). */
export function CohortFilter({ programId, value, onChange }: CohortFilterProps) {
  const trpc = useTRPC();
  const cohorts = useQuery(trpc.cohorts.list.queryOptions({ page: 1, pageSize: 100, sort: "startDate", desc: true, programId }));
  const rows = cohorts.data?.rows ?? [];
  const known = !value || !cohorts.data || rows.some((cohort) => cohort.id === value);
  return (
    <NativeSelect
      label="Cohort"
      data={[
        { value: "", label: cohorts.isPending ? "Loading cohorts…" : "Any cohort" },
        ...rows.map((cohort) => ({ value: cohort.id, label: cohort.name })),
        ...(known || !value ? [] : [{ value, label: "A cohort not in this list" }]),
      ]}
      value={value ?? ""}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      w={220}
    />
  );
}
