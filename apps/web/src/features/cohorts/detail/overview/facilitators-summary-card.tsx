import { Stack, Text } from "@mantine/core";
import { ButtonLink } from "../../../../components/button-link.tsx";
import { SectionCard } from "../../../../components/section-card.tsx";
import { FACILITATOR_ROLE_LABELS } from "../../cohort-labels.ts";
import type { Cohort } from "../../types.ts";

export function FacilitatorsSummaryCard({ cohort }: { cohort: Cohort }) {
  return (
    <SectionCard
      title="Facilitators"
      actions={
        <ButtonLink to="/cohorts/$cohortId/facilitators" params={{ cohortId: cohort.id }} variant="subtle" size="xs">
          Details
        </ButtonLink>
      }
    >
      {cohort.facilitators.length === 0 ? (
        <Text size="sm" c="var(--circle-warning-text)">
          No one is assigned yet.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {cohort.facilitators.map(({ role, user }) => (
            <li key={user.id}>
              <Text size="sm" fw={600} span>
                {user.name}
              </Text>
              <Text size="sm" c="dimmed" span>
                {" "}
                · {FACILITATOR_ROLE_LABELS[role]}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
