import { Badge, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { SectionCard } from "../../../../components/section-card.tsx";
import { useMe } from "../../../../lib/session/use-me.ts";
import { useTRPC } from "../../../../lib/trpc.ts";
import { FACILITATOR_ROLE_LABELS } from "../../cohort-labels.ts";
import { useCohort } from "../cohort-context.ts";
import { ChangeFacilitatorsForm } from "./change-facilitators-form.tsx";

/** Who runs the cohort; admins change them here, under the program's licence rule. */
export function CohortFacilitatorsTab() {
  const trpc = useTRPC();
  const me = useMe();
  const cohort = useCohort();
  const people = useQuery(trpc.users.facilitators.queryOptions());
  const licensed = (userId: string) => people.data?.find((person) => person.id === userId)?.licensed;
  const active = cohort.status !== "COMPLETED" && cohort.status !== "CANCELLED";

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <SectionCard title="Facilitating this cohort">
        {cohort.facilitators.length === 0 ? (
          <Text size="sm" c="var(--circle-warning-text)">
            No one is assigned yet.
          </Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {cohort.facilitators.map(({ role, user }) => (
              <Group key={user.id} component="li" justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {user.name}
                    {user.id === me.id && (
                      <Text span size="sm" c="dimmed" fw={400}>
                        {" "}
                        (you)
                      </Text>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                    {user.email}
                  </Text>
                </Stack>
                <Group gap={6} wrap="nowrap">
                  <Badge variant={role === "LEAD" ? "filled" : "light"} radius="sm">
                    {FACILITATOR_ROLE_LABELS[role]}
                  </Badge>
                  {licensed(user.id) !== undefined && (
                    <Badge variant="outline" color={licensed(user.id) ? "green" : "gray"} radius="sm">
                      {licensed(user.id) ? "Licensed" : "No current licence"}
                    </Badge>
                  )}
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </SectionCard>
      {me.role === "ADMIN" && active && <ChangeFacilitatorsForm cohort={cohort} />}
    </SimpleGrid>
  );
}
