import type { Role } from "@circle/validators";
import { ROLES } from "@circle/validators/vocabulary";
import { Button, Group, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { ROLE_LABELS } from "../../lib/roles.ts";
import { type TrpcOptions, useTRPC } from "../../lib/trpc.ts";
import type { PersonStatus } from "../people/people-search.ts";

export const peopleCountsQuery = (trpc: TrpcOptions) => trpc.users.counts.queryOptions();

/** Admin overview of accounts: how many, which roles, who is switched off; each number opens the table. */
export function PeopleSummaryCard() {
  const trpc = useTRPC();
  // Every figure from one request (a grouped count), not one list request per figure.
  const counts = useQuery(peopleCountsQuery(trpc));
  const data = counts.data;

  return (
    <SectionCard
      title="People"
      actions={
        <Button component={Link} to="/people" variant="subtle" size="xs" rightSection={<IconArrowRight size={14} aria-hidden />}>
          Manage people
        </Button>
      }
    >
      {counts.error ? (
        <ErrorState error={counts.error} onRetry={() => void counts.refetch()} />
      ) : (
        <Stack gap="md">
          <Group gap="xl">
            <Figure label="accounts" value={data?.all} />
            <Figure label="active" value={data?.active} search={{ status: "active" }} />
            <Figure label="inactive" value={data?.inactive} search={{ status: "inactive" }} />
          </Group>
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              Active, by role
            </Text>
            <SimpleGrid cols={3} spacing="sm">
              {ROLES.map((role) => (
                <Figure
                  key={role}
                  label={ROLE_LABELS[role]}
                  value={data?.activeByRole[role]}
                  search={{ role, status: "active" }}
                  small
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Stack>
      )}
    </SectionCard>
  );
}

interface FigureProps {
  label: string;
  value: number | undefined;
  /** the people table filtered to exactly what this number counts */
  search?: { role?: Role; status?: PersonStatus };
  small?: boolean;
}

function Figure({ label, value, search, small }: FigureProps) {
  const number =
    value === undefined ? (
      <Skeleton height={small ? 24 : 32} width={40} my={2} />
    ) : (
      <Text fz={small ? "xl" : 28} fw={700} lh={1.2}>
        {value}
      </Text>
    );
  return (
    <Stack gap={0}>
      {search && value !== undefined ? (
        <AnchorLink to="/people" search={search} underline="hover" c="inherit" aria-label={`${value} ${label}`}>
          {number}
        </AnchorLink>
      ) : (
        number
      )}
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}
