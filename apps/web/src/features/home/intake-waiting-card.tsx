import { Button, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconArrowRight, IconFlagFilled } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { type TrpcOptions, useTRPC } from "../../lib/trpc.ts";

export const intakeWaitingQuery = (trpc: TrpcOptions) => trpc.intake.waiting.queryOptions();

/** Applications waiting for a decision; unacknowledged risk flags called out, each number opening the queue. */
export function IntakeWaitingCard() {
  const trpc = useTRPC();
  const waiting = useQuery(intakeWaitingQuery(trpc));
  return (
    <SectionCard
      title="Intake waiting"
      actions={
        <Button component={Link} to="/intake" variant="subtle" size="xs" rightSection={<IconArrowRight size={14} aria-hidden />}>
          Open the queue
        </Button>
      }
    >
      {waiting.error ? (
        <ErrorState error={waiting.error} onRetry={() => void waiting.refetch()} />
      ) : !waiting.data ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading intake">
          <Skeleton height={32} width={120} />
          <Skeleton height={16} width="70%" />
        </Stack>
      ) : (
        <Group gap="xl" align="flex-start">
          <Stack gap={0}>
            <AnchorLink to="/intake" underline="hover" c="inherit" aria-label={`${waiting.data.total} applications waiting`}>
              <Text fz={28} fw={700} lh={1.2}>
                {waiting.data.total}
              </Text>
            </AnchorLink>
            <Text size="sm" c="dimmed">
              waiting for a decision
            </Text>
          </Stack>
          <Stack gap={0}>
            <AnchorLink
              to="/intake"
              search={{ flagged: true }}
              underline="hover"
              c={waiting.data.flagged > 0 ? "red.8" : "inherit"}
              aria-label={`${waiting.data.flagged} with an unacknowledged risk flag`}
            >
              <Group gap={6} wrap="nowrap">
                {waiting.data.flagged > 0 && <IconFlagFilled size={22} aria-hidden />}
                <Text fz={28} fw={700} lh={1.2}>
                  {waiting.data.flagged}
                </Text>
              </Group>
            </AnchorLink>
            <Text size="sm" c={waiting.data.flagged > 0 ? "red.8" : "dimmed"}>
              with a risk flag to acknowledge
            </Text>
            {waiting.data.escalated > 0 && (
              <Text size="sm" c="red.8" fw={600}>
                {waiting.data.escalated} escalated by a facilitator
              </Text>
            )}
          </Stack>
        </Group>
      )}
    </SectionCard>
  );
}
