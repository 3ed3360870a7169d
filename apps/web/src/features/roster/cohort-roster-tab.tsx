import { Skeleton, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { AccessDenied } from "../../components/access-denied.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { isForbidden } from "../../lib/api-error.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useCohort } from "../cohorts/detail/cohort-context.ts";
import { AwaitingConsentCard } from "./awaiting-consent-card.tsx";
import { RosterTable } from "./roster-table.tsx";
import { SeatsCard } from "./seats-card.tsx";
import { WaitlistCard } from "./waitlist-card.tsx";

/** A cohort's seats, lock state, members (with whether their consent is current) and waitlist. */
export function CohortRosterTab() {
  const trpc = useTRPC();
  const cohort = useCohort();
  const me = useMe();
  const roster = useQuery(trpc.enrollment.roster.queryOptions({ cohortId: cohort.id }));

  if (isForbidden(roster.error)) return <AccessDenied />;
  if (roster.error) return <ErrorState error={roster.error} onRetry={() => void roster.refetch()} />;
  if (!roster.data) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading roster">
        <Skeleton height={160} />
        <Skeleton height={240} />
      </Stack>
    );
  }
  // Reporting staff see the roster but not the waitlist or member records.
  const runsCohort = me.role === "ADMIN" || me.role === "FACILITATOR";
  return (
    <Stack gap="lg">
      <SeatsCard roster={roster.data} />
      {runsCohort && roster.data.awaitingConsent && <AwaitingConsentCard awaiting={roster.data.awaitingConsent} />}
      <SectionCard title="Members">
        <RosterTable roster={roster.data} linkMembers={runsCohort} />
      </SectionCard>
      {runsCohort && <WaitlistCard roster={roster.data} canAct={me.role === "ADMIN"} />}
    </Stack>
  );
}
