import { Alert, MultiSelect, NativeSelect, Skeleton, Stack, Text } from "@mantine/core";
import { IconCertificate } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorState } from "../../components/error-state.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import type { FacilitatorOption } from "./types.ts";

export interface FacilitatorChoice {
  leadId: string;
  coFacilitatorIds: string[];
}

interface FacilitatorFieldsProps {
  value: FacilitatorChoice;
  onChange: (value: FacilitatorChoice) => void;
  leadError?: ReactNode;
  coFacilitatorsError?: ReactNode;
  /** the program's rule: its lead must hold a current professional licence */
  licenceRule?: "therapy" | "program" | null;
}

const NONE = "";

function optionLabel(person: FacilitatorOption): string {
  const licence = person.licensed ? "licensed" : "no current licence";
  return `${person.name} · ${licence}${person.role === "ADMIN" ? " · administrator" : ""}`;
}

/** Lead and co-facilitators, with each person's licence state and the program's licence rule. */
export function FacilitatorFields({ value, onChange, leadError, coFacilitatorsError, licenceRule }: FacilitatorFieldsProps) {
  const trpc = useTRPC();
  const people = useQuery(trpc.users.facilitators.queryOptions());

  if (people.error)
    return <ErrorState title="The facilitators could not be loaded" error={people.error} onRetry={() => void people.refetch()} />;
  if (!people.data) return <Skeleton height={120} aria-label="Loading facilitators" />;

  const lead = people.data.find((person) => person.id === value.leadId);
  const leadNeedsLicence = Boolean(licenceRule);
  const warning =
    leadNeedsLicence && lead && !lead.licensed
      ? `${lead.name} has no current licence on record; Circle will refuse them as lead. Choose a licensed lead, or ask an administrator to add their licence first.`
      : undefined;

  return (
    <Stack gap="md">
      {licenceRule && (
        <Alert variant="light" color="grape" icon={<IconCertificate aria-hidden />} title="This cohort needs a licensed lead">
          {licenceRule === "therapy"
            ? "A therapy group runs under a treatment frame: its lead must hold a current professional licence. Co-facilitators need not."
            : "This program asks for a lead holding a current professional licence. Co-facilitators need not."}
        </Alert>
      )}
      <NativeSelect
        label="Lead facilitator"
        required
        description={
          warning ? (
            <Text span size="xs" c="var(--circle-warning-text)">
              {warning}
            </Text>
          ) : (
            "Runs the cohort and is answerable for it."
          )
        }
        data={[
          { value: NONE, label: people.data.length === 0 ? "No facilitators have accounts yet" : "Choose the lead" },
          ...people.data.map((person) => ({ value: person.id, label: optionLabel(person) })),
        ]}
        value={value.leadId}
        onChange={(event) => {
          const leadId = event.currentTarget.value;
          onChange({ leadId, coFacilitatorIds: value.coFacilitatorIds.filter((id) => id !== leadId) });
        }}
        error={leadError}
      />
      <MultiSelect
        label="Co-facilitators"
        description="Up to six; they see the cohort and run its sessions too."
        placeholder={value.coFacilitatorIds.length === 0 ? "None" : undefined}
        data={people.data
          .filter((person) => person.id !== value.leadId)
          .map((person) => ({ value: person.id, label: optionLabel(person) }))}
        value={value.coFacilitatorIds}
        onChange={(coFacilitatorIds) => onChange({ ...value, coFacilitatorIds })}
        maxValues={6}
        searchable
        clearable
        nothingFoundMessage="No one by that name"
        error={coFacilitatorsError}
      />
    </Stack>
  );
}
