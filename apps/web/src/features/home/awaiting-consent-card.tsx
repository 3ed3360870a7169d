import { Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { formatCalendarDay } from "../../lib/format.ts";
import { memberName } from "../../lib/member-name.ts";
import { type TrpcOptions, useTRPC } from "../../lib/trpc.ts";

/** People accepted for or enrolled in the facilitator's cohorts that have not started, still without consent. */
export const awaitingConsentQuery = (trpc: TrpcOptions) => trpc.consent.awaitingInMyCohorts.queryOptions();

export function AwaitingConsentCard() {
  const trpc = useTRPC();
  const awaiting = useQuery(awaitingConsentQuery(trpc));
  return (
    <SectionCard title="Consent to collect">
      {awaiting.error ? (
        <ErrorState error={awaiting.error} onRetry={() => void awaiting.refetch()} />
      ) : !awaiting.data ? (
        <Skeleton height={56} aria-label="Loading consent" />
      ) : awaiting.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Everyone accepted for your upcoming cohorts has current consent.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {awaiting.data.map((cohort) => (
            <li key={cohort.cohortId}>
              <AnchorLink to="/cohorts/$cohortId/roster" params={{ cohortId: cohort.cohortId }} fw={600} size="sm">
                {cohort.cohortName}
              </AnchorLink>
              <Text size="xs" c="dimmed">
                Starts {formatCalendarDay(cohort.startDate)} · {cohort.people.length} without consent
              </Text>
              <Text size="sm">{cohort.people.map(memberName).join(", ")}</Text>
            </li>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
