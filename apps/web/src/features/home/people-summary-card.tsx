import { ROLES, type Role } from "@circle/validators";
import { Button, Group, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useQueries } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { ROLE_LABELS } from "../../lib/roles.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { PersonStatus } from "../people/people-search.ts";

// Only the totals are read; the smallest page keeps each answer tiny.
const COUNT_ONLY = { page: 1, pageSize: 10, sort: "name" } as const;

const SLICES: { key: string; role?: Role; status?: PersonStatus }[] = [
  { key: "all" },
  { key: "active", status: "active" },
  { key: "inactive", status: "inactive" },
  ...ROLES.map((role) => ({ key: role, role, status: "active" as const })),
];

/** Admin overview of accounts: how many, which roles, who is switched off; each number opens the table. */
export function PeopleSummaryCard() {
  const trpc = useTRPC();
  const results = useQueries({
    queries: SLICES.map(({ role, status }) => trpc.users.list.queryOptions({ ...COUNT_ONLY, role, status })),
  });
  const failed = results.find((result) => result.error);
  const count = (key: string) => results[SLICES.findIndex((slice) => slice.key === key)]?.data?.total;

  return (
    <SectionCard
      title="People"
      actions={
        <Button component={Link} to="/people" variant="subtle" size="xs" rightSection={<IconArrowRight size={14} aria-hidden />}>
          Manage people
        </Button>
      }
    >
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => results.forEach((result) => void result.refetch())} />
      ) : (
        <Stack gap="md">
          <Group gap="xl">
            <Figure label="accounts" value={count("all")} />
            <Figure label="active" value={count("active")} search={{ status: "active" }} />
            <Figure label="inactive" value={count("inactive")} search={{ status: "inactive" }} />
          </Group>
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              Active, by role
            </Text>
            <SimpleGrid cols={3} spacing="sm">
              {ROLES.map((role) => (
                <Figure key={role} label={ROLE_LABELS[role]} value={count(role)} search={{ role, status: "active" }} small />
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
