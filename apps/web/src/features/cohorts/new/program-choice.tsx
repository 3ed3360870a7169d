import { Group, NativeSelect, Skeleton, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { AnchorLink } from "../../../components/anchor-link.tsx";
import { ErrorState } from "../../../components/error-state.tsx";
import { useTRPC } from "../../../lib/trpc.ts";
import { DELIVERY_LABELS, GROUP_TYPE_LABELS, joinRuleInWords } from "../../programs/program-labels.ts";
import type { Program } from "../../programs/types.ts";

interface ProgramChoiceProps {
  value: string;
  onChange: (programId: string) => void;
  error?: ReactNode;
  /** the chosen program's design, once loaded */
  program: Program | undefined;
}

/** The program the cohort runs: it brings the sessions, modules, delivery and defaults. */
export function ProgramChoice({ value, onChange, error, program }: ProgramChoiceProps) {
  const trpc = useTRPC();
  const options = useQuery(trpc.programs.options.queryOptions());

  if (options.error)
    return <ErrorState title="The programs could not be loaded" error={options.error} onRetry={() => void options.refetch()} />;
  if (!options.data) return <Skeleton height={58} aria-label="Loading programs" />;
  if (options.data.length === 0) {
    return (
      <Text size="sm">
        There are no programs in use yet. <AnchorLink to="/programs/new">Create a program</AnchorLink> first; a cohort is one run
        of it.
      </Text>
    );
  }
  return (
    <div>
      <NativeSelect
        label="Program"
        required
        data={[{ value: "", label: "Choose a program" }, ...options.data.map((p) => ({ value: p.id, label: p.name }))]}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
      />
      {program && program.id === value && (
        <Group gap="xs" mt={6} wrap="wrap">
          <Text size="sm" c="dimmed">
            {[
              GROUP_TYPE_LABELS[program.groupType],
              DELIVERY_LABELS[program.delivery].toLowerCase(),
              `${program.sessionCount} sessions of ${program.sessionLengthMinutes} min`,
              `${program.modules.length} module${program.modules.length === 1 ? "" : "s"}`,
              joinRuleInWords(program.joinUntilSession),
            ].join(" · ")}
          </Text>
        </Group>
      )}
    </div>
  );
}
