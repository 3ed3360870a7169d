import { Card, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../../components/error-state.tsx";
import { SectionCard } from "../../../components/section-card.tsx";
import { useMe } from "../../../lib/session/use-me.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useCohort } from "../../cohorts/detail/cohort-context.ts";
import { formatRate } from "../attendance-labels.ts";
import { FollowUpList } from "../follow-ups/follow-up-list.tsx";
import { AttendanceChart } from "./attendance-chart.tsx";
import { ProgressGrid } from "./progress-grid.tsx";

/** A cohort's progress: its figures, attendance per session, the grid and who to follow up. */
export function CohortProgressTab() {
  const trpc = useTRPC();
  const cohort = useCohort();
  const me = useMe();
  const progress = useQuery(trpc.attendance.cohortProgress.queryOptions({ cohortId: cohort.id }));
  if (progress.error) return <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />;
  if (!progress.data) return <Skeleton height={320} aria-label="Loading progress" />;
  const { summary, completionPercent } = progress.data;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure
          label="Average attendance"
          value={formatRate(summary.averageRate)}
          hint="Late and left early count; excused aside"
        />
        <Figure
          label="Retention"
          value={formatRate(summary.retention)}
          hint={`${summary.retained} of ${summary.everEnrolled} still with the cohort`}
        />
        <Figure
          label="Completion"
          value={formatRate(summary.completionRate)}
          hint={`${summary.completing} of ${summary.everEnrolled} at ${completionPercent}% or more of sessions`}
        />
        <Figure label="Sessions held" value={String(summary.held)} hint={`of ${progress.data.sessions.length} planned`} />
      </SimpleGrid>
      {me.role !== "STAFF" && <FollowUpsCard cohortId={cohort.id} />}
      <SectionCard title="Attendance per session">
        <AttendanceChart perSession={summary.perSession} />
      </SectionCard>
      <SectionCard title="Members and sessions">
        {progress.data.members.length === 0 ? (
          <Text c="dimmed">No one has enrolled yet.</Text>
        ) : (
          <ProgressGrid progress={progress.data} />
        )}
      </SectionCard>
    </Stack>
  );
}

function Figure({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
}

function FollowUpsCard({ cohortId }: { cohortId: string }) {
  const trpc = useTRPC();
  const followUps = useQuery(trpc.attendance.followUps.queryOptions({ cohortId }));
  return (
    <SectionCard title="Follow up">
      {followUps.error ? (
        <ErrorState error={followUps.error} onRetry={() => void followUps.refetch()} />
      ) : followUps.data ? (
        <FollowUpList followUps={followUps.data} />
      ) : (
        <Skeleton height={48} />
      )}
    </SectionCard>
  );
}
