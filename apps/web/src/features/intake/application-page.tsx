import { Grid, Group, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { AccessDenied } from "../../components/access-denied.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { NotFound } from "../../components/not-found-page.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { apiErrorCode, isForbidden } from "../../lib/api-error.ts";
import { useDocumentTitle } from "../../lib/document-title.ts";
import { memberName } from "../../lib/member-name.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { AcceptedNextSteps } from "./accepted-next-steps.tsx";
import { ApplicantSummaryCard } from "./applicant-summary-card.tsx";
import { ApplicationActionsCard } from "./application-actions-card.tsx";
import { ApplicationStatusBadge } from "./application-status-badge.tsx";
import { ApplicationTimeline } from "./application-timeline.tsx";
import { BackToIntake } from "./back-to-intake.tsx";
import { ConsentStepCard } from "./consent-step-card.tsx";
import { InterviewCard } from "./interview-card.tsx";
import { RiskFlag } from "./risk-flag.tsx";
import { RiskFlagNotes } from "./risk-flag-notes.tsx";
import { RiskFlagPanel } from "./risk-flag-panel.tsx";
import { ScreeningAnswersCard } from "./screening-answers-card.tsx";

const route = getRouteApi("/app/intake/$applicationId");

export function ApplicationPage() {
  const trpc = useTRPC();
  const me = useMe();
  const { applicationId } = route.useParams();
  const application = useQuery(trpc.intake.get.queryOptions({ applicationId }));

  // Staff never read screening answers; facilitators only for their cohorts' members.
  if (isForbidden(application.error)) return <AccessDenied />;
  const code = apiErrorCode(application.error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
  if (application.error) {
    return (
      <>
        <PageHeader title="Application" back={<BackToIntake />} />
        <ErrorState error={application.error} onRetry={() => void application.refetch()} />
      </>
    );
  }
  if (!application.data) return <ApplicationSkeleton />;

  const data = application.data;
  const isAdmin = me.role === "ADMIN";
  // what this person may do here (the server checks each command again)
  const { can } = data;
  const riskOpen = data.riskFlagged && !data.riskAcknowledgedAt;
  return (
    <>
      <PageHeader
        title={`${memberName(data.member)}: application`}
        back={can.takePart ? <BackToIntake /> : undefined}
        description={
          <Group gap="sm" component="span" wrap="wrap">
            <ApplicationStatusBadge status={data.status} />
            {data.riskFlagged && <RiskFlag flagged acknowledged={Boolean(data.riskAcknowledgedAt)} />}
            <Text span>
              {data.program.name}
              {data.cohort ? ` · ${data.cohort.name}` : ""}
            </Text>
          </Group>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            {data.riskFlagged && <RiskFlagPanel application={data} canAct={can.acknowledgeRisk} />}
            {data.riskFlagged && <RiskFlagNotes application={data} canNote={riskOpen && can.takePart && !can.acknowledgeRisk} />}
            {data.status === "ACCEPTED" &&
              (isAdmin ? <AcceptedNextSteps application={data} /> : can.takePart && <ConsentStepCard application={data} />)}
            {can.decide && <ApplicationActionsCard application={data} />}
            {can.takePart && <InterviewCard application={data} canMove={!can.decide} />}
            <ScreeningAnswersCard application={data} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <ApplicantSummaryCard application={data} />
            <ApplicationTimeline application={data} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

function ApplicationSkeleton() {
  useDocumentTitle("Application");
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading application">
      <Skeleton height={36} width="45%" />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Skeleton height={280} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Skeleton height={280} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
