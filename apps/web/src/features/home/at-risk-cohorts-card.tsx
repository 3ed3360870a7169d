import { Badge, Button, Divider, Group, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Suspense, useState } from "react";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { formatDate } from "../../lib/format.ts";
import { lazyComponent } from "../../lib/lazy-component.ts";
import { type TrpcOptions, useTRPC } from "../../lib/trpc.ts";

// On the admin's home: the decisions' dialogs and the setting's form load when needed.
const ConfirmGoModal = lazyComponent(() => import("../cohorts/actions/confirm-go-modal.tsx").then((m) => m.ConfirmGoModal));
const PostponeModal = lazyComponent(() => import("../cohorts/actions/postpone-modal.tsx").then((m) => m.PostponeModal));
const AtRiskWindowSetting = lazyComponent(() => import("./at-risk-window-setting.tsx").then((m) => m.AtRiskWindowSetting));

type Decision = { kind: "go" | "postpone"; cohortId: string } | null;

export const atRiskCohortsQuery = (trpc: TrpcOptions) => trpc.cohorts.atRisk.queryOptions();

/** Cohorts starting soon under their minimum enrollment: each needs a go or postpone decision. */
export function AtRiskCohortsCard() {
  const trpc = useTRPC();
  const atRisk = useQuery(atRiskCohortsQuery(trpc));
  const [decision, setDecision] = useState<Decision>(null);
  const cohorts = atRisk.data?.cohorts ?? [];
  const deciding = decision && cohorts.find((c) => c.id === decision.cohortId);

  return (
    <SectionCard
      title="Cohorts at risk"
      actions={
        cohorts.length > 0 && (
          <Badge color="orange" variant="light" radius="sm">
            {cohorts.length} to decide
          </Badge>
        )
      }
    >
      {atRisk.error ? (
        <ErrorState error={atRisk.error} onRetry={() => void atRisk.refetch()} />
      ) : !atRisk.data ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading cohorts at risk">
          <Skeleton height={56} />
          <Skeleton height={56} />
        </Stack>
      ) : cohorts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No cohort starting in the next {atRisk.data.days} days is under its minimum enrollment.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {cohorts.map((cohort) => (
            <Stack key={cohort.id} component="li" gap={6}>
              <div>
                <AnchorLink to="/cohorts/$cohortId" params={{ cohortId: cohort.id }} fw={600} size="sm">
                  {cohort.name}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {cohort.program.name} · starts {formatDate(cohort.firstSessionAt)} ·{" "}
                  <Text span size="xs" c="var(--circle-warning-text)" fw={600}>
                    {cohort.enrolled} of {cohort.minimumEnrollment} needed
                  </Text>
                </Text>
              </div>
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => setDecision({ kind: "go", cohortId: cohort.id })}
                  {...ConfirmGoModal.preloadProps}
                  aria-label={`Go ahead with ${cohort.name}`}
                >
                  Go ahead
                </Button>
                <Button
                  size="compact-sm"
                  variant="light"
                  color="orange"
                  onClick={() => setDecision({ kind: "postpone", cohortId: cohort.id })}
                  {...PostponeModal.preloadProps}
                  aria-label={`Postpone ${cohort.name}`}
                >
                  Postpone…
                </Button>
              </Group>
            </Stack>
          ))}
        </Stack>
      )}
      <Divider />
      <Suspense fallback={<Skeleton h={36} />}>
        <AtRiskWindowSetting />
      </Suspense>
      <Suspense fallback={null}>
        {deciding && decision?.kind === "go" && <ConfirmGoModal cohort={deciding} onClose={() => setDecision(null)} />}
        {deciding && decision?.kind === "postpone" && <PostponeModal cohort={deciding} onClose={() => setDecision(null)} />}
      </Suspense>
    </SectionCard>
  );
}
