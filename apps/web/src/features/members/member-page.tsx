import { Group, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { AccessDenied } from "../../components/access-denied.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { NotFound } from "../../components/not-found-page.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { apiErrorCode, isForbidden } from "../../lib/api-error.ts";
import { useDocumentTitle } from "../../lib/document-title.ts";
import { formatDate } from "../../lib/format.ts";
import { memberName } from "../../lib/member-name.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { MemberAttendanceCard } from "../attendance/member/member-attendance-card.tsx";
import { MemberReferralsCard } from "../referrals/member-referrals-card.tsx";
import { BackToMembers } from "./back-to-members.tsx";
import { MemberApplicationsCard } from "./member-applications-card.tsx";
import { MemberConsentCard } from "./member-consent-card.tsx";
import { MemberContactCard } from "./member-contact-card.tsx";
import { MemberEmergencyCard } from "./member-emergency-card.tsx";
import { MemberEnrollmentsCard } from "./member-enrollments-card.tsx";
import { MemberWaitlistCard } from "./member-waitlist-card.tsx";

const route = getRouteApi("/app/members/$memberId");

export function MemberPage() {
  const trpc = useTRPC();
  const me = useMe();
  const { memberId } = route.useParams();
  const member = useQuery(trpc.members.get.queryOptions({ memberId }));

  if (isForbidden(member.error)) return <AccessDenied />;
  const code = apiErrorCode(member.error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
  if (member.error) {
    return (
      <>
        <PageHeader title="Member" back={<BackToMembers />} />
        <ErrorState error={member.error} onRetry={() => void member.refetch()} />
      </>
    );
  }
  if (!member.data) return <MemberSkeleton />;

  const data = member.data;
  const isAdmin = me.role === "ADMIN";
  return (
    <>
      <PageHeader
        title={memberName(data)}
        back={<BackToMembers />}
        description={
          <Group gap="xs" component="span">
            {data.pronouns && <Text span>{data.pronouns}</Text>}
            <Text span>Member since {formatDate(data.createdAt)}</Text>
          </Group>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <MemberContactCard member={data} />
          <MemberEmergencyCard member={data} />
        </SimpleGrid>
        <MemberEnrollmentsCard member={data} canEnd={isAdmin} />
        <MemberAttendanceCard memberId={data.id} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <MemberApplicationsCard member={data} />
          <MemberWaitlistCard member={data} />
        </SimpleGrid>
        <MemberReferralsCard member={{ id: data.id, name: memberName(data) }} />
        {/* a facilitator reaches only their own cohorts' people here, and records their consent too */}
        <MemberConsentCard member={data} canRecord={isAdmin || me.role === "FACILITATOR"} />
      </Stack>
    </>
  );
}

function MemberSkeleton() {
  useDocumentTitle("Member");
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading member">
      <Skeleton height={36} width="40%" />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Skeleton height={200} />
        <Skeleton height={200} />
      </SimpleGrid>
      <Skeleton height={160} />
    </Stack>
  );
}
