import { NativeSelect } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";

interface FacilitatorFilterProps {
  value: string | undefined;
  onChange: (facilitatorId: string | undefined) => void;
}

/** "Anyone" or one facilitator: for the lists of cohorts and sessions. */
export function FacilitatorFilter({ value, onChange }: FacilitatorFilterProps) {
  const trpc = useTRPC();
  const facilitators = useQuery(trpc.users.facilitators.queryOptions());
  return (
    <NativeSelect
      label="Facilitator"
      data={[
        { value: "", label: facilitators.isPending ? "Loading…" : "Anyone" },
        ...(facilitators.data ?? []).map((person) => ({ value: person.id, label: person.name })),
      ]}
      value={value ?? ""}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      w={200}
    />
  );
}
