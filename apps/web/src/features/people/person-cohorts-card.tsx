import { Badge, Group, Stack, Text } from "@mantine/core";
import { SectionCard } from "../../components/section-card.tsx";
import { COHORT_STATUS_COLORS, COHORT_STATUS_LABELS, FACILITATOR_ROLE_LABELS } from "../cohorts/cohort-labels.ts";
import type { Person } from "./types.ts";

export function PersonCohortsCard({ person }: { person: Person }) {
  return (
    <SectionCard title="Cohorts they facilitate">
      {person.cohortRoles.length === 0 ? (
        <Text size="sm" c="dimmed">
          {person.name} does not facilitate any cohorts yet. Cohorts get their lead and co-facilitators when they are set up.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {person.cohortRoles.map(({ cohort, role }) => (
            <Group key={cohort.id} component="li" justify="space-between" gap="sm">
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {cohort.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {FACILITATOR_ROLE_LABELS[role]}
                </Text>
              </Stack>
              <Badge color={COHORT_STATUS_COLORS[cohort.status]} variant="light">
                {COHORT_STATUS_LABELS[cohort.status]}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
