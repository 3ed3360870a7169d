import { Anchor, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, Outlet, useRouterState } from "@tanstack/react-router";
import { AccessDenied } from "../../../components/access-denied.tsx";
import { AnchorLink } from "../../../components/anchor-link.tsx";
import { ErrorState } from "../../../components/error-state.tsx";
import { NotFound } from "../../../components/not-found-page.tsx";
import { PageHeader } from "../../../components/page-header.tsx";
import { apiErrorCode, isForbidden } from "../../../lib/api-error.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { scheduleInWords } from "../cohort-schedule.ts";
import { CohortStatusBadge } from "../cohort-status-badge.tsx";
import { COHORT_TABS } from "../cohort-tabs.ts";
import { CohortContext } from "./cohort-context.ts";
import { CohortTabNav } from "./cohort-tab-nav.tsx";

const route = getRouteApi("/app/cohorts/$cohortId");

/** A cohort's header and tabs; the open tab renders below. Refused or unknown ids say so. */
export function CohortLayout() {
  const trpc = useTRPC();
  const { cohortId } = route.useParams();
  const cohort = useQuery(trpc.cohorts.get.queryOptions({ cohortId }));

  if (isForbidden(cohort.error)) return <AccessDenied />;
  // A malformed id in the address is as missing as an unknown one.
  const code = apiErrorCode(cohort.error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
  if (cohort.error) {
    return (
      <>
        <PageHeader title="Cohort" back={<BackToCohorts />} />
        <ErrorState error={cohort.error} onRetry={() => void cohort.refetch()} />
      </>
    );
  }
  if (!cohort.data) return <CohortSkeleton />;

  const data = cohort.data;
  return (
    <CohortContext.Provider value={data}>
      <PageHeader
        title={data.name}
        back={<BackToCohorts />}
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <CohortStatusBadge status={data.status} />
            <AnchorLink to="/programs/$programId" params={{ programId: data.program.id }} size="sm">
              {data.program.name}
            </AnchorLink>
            <Text span size="sm" c="dimmed">
              · {scheduleInWords(data)}
            </Text>
          </Group>
        }
      />
      <TabTitle cohortId={data.id} name={data.name} />
      <CohortTabNav cohortId={data.id} />
      <Outlet />
    </CohortContext.Provider>
  );
}

/** Names the browser tab after the open tab too ("Sessions · Tuesday group"); runs after the header's. */
function TabTitle({ cohortId, name }: { cohortId: string; name: string }) {
  const pathname = useRouterState({ select: (state) => state.location.pathname.replace(/\/$/, "") });
  const tab = COHORT_TABS.find((t) => t.to.replace("$cohortId", cohortId) === pathname);
  useDocumentTitle(tab && tab !== COHORT_TABS[0] ? `${tab.label} · ${name}` : name);
  return null;
}

function BackToCohorts() {
  return (
    <Anchor component={Link} to="/cohorts" size="sm" w="fit-content">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: "-2px", marginRight: 4 }} />
      Cohorts
    </Anchor>
  );
}

function CohortSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading cohort">
      <Skeleton height={36} width="40%" />
      <Skeleton height={20} width="60%" />
      <Skeleton height={280} />
    </Stack>
  );
}
