import { NativeSelect } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";

interface ProgramFilterProps {
  value: string | undefined;
  onChange: (programId: string | undefined) => void;
  w?: number;
}

/** "Any program" or one of the programs in use; the filter of every list that has programs. */
export function ProgramFilter({ value, onChange, w = 220 }: ProgramFilterProps) {
  const trpc = useTRPC();
  const programs = useQuery(trpc.programs.options.queryOptions());
  const known = !value || !programs.data || programs.data.some((program) => program.id === value);
  return (
    <NativeSelect
      label="Program"
      data={[
        { value: "", label: programs.isPending ? "Loading programs…" : "Any program" },
        ...(programs.data ?? []).map((program) => ({ value: program.id, label: program.name })),
        // An archived program chosen from its own page still shows by id until the list has it.
        ...(known || !value ? [] : [{ value, label: "Archived program" }]),
      ]}
      value={value ?? ""}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      w={w}
    />
  );
}
