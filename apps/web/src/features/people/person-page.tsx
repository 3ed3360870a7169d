import { Group, SimpleGrid, Skeleton, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { AccessDenied } from "../../components/access-denied.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { NotFound } from "../../components/not-found-page.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { RoleBadge } from "../../components/role-badge.tsx";
import { apiErrorCode, isForbidden } from "../../lib/api-error.ts";
import { useDocumentTitle } from "../../lib/document-title.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { BackToPeople } from "./back-to-people.tsx";
import { HandoverNotice } from "./handover-notice.tsx";
import { PersonAccessCard } from "./person-access-card.tsx";
import { PersonCohortsCard } from "./person-cohorts-card.tsx";
import { PersonCredentialsCard } from "./person-credentials-card.tsx";
import { PersonDetailsCard } from "./person-details-card.tsx";
import { PersonRoleCard } from "./person-role-card.tsx";
import { StatusBadge } from "./status-badge.tsx";

const route = getRouteApi("/app/people/$userId");

export function PersonPage() {
  const trpc = useTRPC();
  const { userId } = route.useParams();
  const me = useMe();
  const person = useQuery(trpc.users.get.queryOptions({ userId }));

  if (isForbidden(person.error)) return <AccessDenied />;
  // A malformed id in the address is as missing as an unknown one.
  const code = apiErrorCode(person.error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
  if (person.error) {
    return (
      <>
        <PageHeader title="Person" back={<BackToPeople />} />
        <ErrorState error={person.error} onRetry={() => void person.refetch()} />
      </>
    );
  }
  if (!person.data) return <PersonSkeleton />;

  const data = person.data;
  const isMe = data.id === me.id;
  return (
    <>
      <PageHeader
        title={data.name}
        back={<BackToPeople />}
        description={
          <Group gap="xs" component="span">
            <RoleBadge role={data.role} />
            <StatusBadge active={data.active} />
            {isMe && <span>This is your own account.</span>}
          </Group>
        }
      />
      <Stack gap="lg">
        <HandoverNotice userId={data.id} name={data.name} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <PersonDetailsCard person={data} />
          <PersonAccessCard person={data} isMe={isMe} />
          <PersonRoleCard key={data.role} person={data} />
          <PersonCohortsCard person={data} />
        </SimpleGrid>
        <PersonCredentialsCard person={data} />
      </Stack>
    </>
  );
}

function PersonSkeleton() {
  useDocumentTitle("Person");
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading person">
      <Skeleton height={36} width="40%" />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Skeleton height={220} />
        <Skeleton height={220} />
      </SimpleGrid>
    </Stack>
  );
}
