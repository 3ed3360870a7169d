import type { ReferralStatus } from "@circle/validators";
import { Button, Group, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { AccessDenied } from "../../components/access-denied.tsx";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { DetailList } from "../../components/detail-list.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { NotFound } from "../../components/not-found-page.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { apiErrorCode, isForbidden } from "../../lib/api-error.ts";
import { useDocumentTitle } from "../../lib/document-title.ts";
import { formatCalendarDay, formatDateTime } from "../../lib/format.ts";
import { memberName } from "../../lib/member-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { BackToReferrals } from "./back-to-referrals.tsx";
import { MoveReferralDialog } from "./move-referral-dialog.tsx";
import { OverdueBadge, ReferralStatusBadge, ReferralUrgencyBadge } from "./referral-badges.tsx";
import {
  REFERRAL_CATEGORY_LABELS,
  REFERRAL_CLOSE_REASON_LABELS,
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_STEP_LABELS,
  RESOURCE_KIND_LABELS,
} from "./referral-labels.ts";
import { referralResourceName } from "./referral-resource-name.ts";
import { ReferralTimeline } from "./referral-timeline.tsx";
import type { ReferralDetail } from "./types.ts";

const route = getRouteApi("/app/referrals/$referralId");

export function ReferralPage() {
  const trpc = useTRPC();
  const { referralId } = route.useParams();
  const referral = useQuery(trpc.referrals.get.queryOptions({ referralId }));

  if (isForbidden(referral.error)) return <AccessDenied />;
  const code = apiErrorCode(referral.error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
  if (referral.error) {
    return (
      <>
        <PageHeader title="Referral" back={<BackToReferrals />} />
        <ErrorState error={referral.error} onRetry={() => void referral.refetch()} />
      </>
    );
  }
  if (!referral.data) return <ReferralSkeleton />;
  const data = referral.data;
  return (
    <>
      <PageHeader
        title={`Referral: ${memberName(data.member)}`}
        back={<BackToReferrals />}
        description={
          <Group gap="xs" component="span">
            <ReferralUrgencyBadge urgency={data.urgency} />
            <ReferralStatusBadge status={data.status} />
            {data.overdue && <OverdueBadge />}
            <Text span size="sm">
              {REFERRAL_CATEGORY_LABELS[data.category]} · {referralResourceName(data)}
            </Text>
          </Group>
        }
      />
      <Stack gap="lg">
        <NextSteps referral={data} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ReferralFacts referral={data} />
          <SectionCard title="Reason and notes">
            <DetailList
              items={[
                { label: "Reason", value: data.reason },
                { label: "Note", value: data.note },
              ]}
            />
          </SectionCard>
        </SimpleGrid>
        <ReferralTimeline referral={data} />
      </Stack>
    </>
  );
}

/** The steps the loop allows from here, or how it ended. */
function NextSteps({ referral }: { referral: ReferralDetail }) {
  const [to, setTo] = useState<ReferralStatus | null>(null);
  if (referral.status === "CLOSED") {
    return (
      <SectionCard title="Outcome">
        <DetailList
          items={[
            { label: "Outcome", value: referral.outcome ? REFERRAL_OUTCOME_LABELS[referral.outcome] : null },
            ...(referral.closeReason
              ? [{ label: "Why it did not succeed", value: REFERRAL_CLOSE_REASON_LABELS[referral.closeReason] }]
              : []),
            { label: "Closed", value: formatDateTime(referral.closedAt) },
          ]}
        />
      </SectionCard>
    );
  }
  return (
    <SectionCard title="Next step">
      <Group gap="sm">
        {referral.nextStatuses.map((status) => (
          <Button key={status} variant={status === "CLOSED" ? "outline" : "light"} onClick={() => setTo(status)}>
            {REFERRAL_STEP_LABELS[status]}
          </Button>
        ))}
      </Group>
      {to && <MoveReferralDialog referral={referral} to={to} onClose={() => setTo(null)} />}
    </SectionCard>
  );
}

function ReferralFacts({ referral }: { referral: ReferralDetail }) {
  const resource = referral.resource;
  const contact = resource
    ? [resource.phone, resource.website, resource.address, resource.hours].filter(Boolean).join(" · ")
    : referral.resourceContact;
  const yes = (value: boolean) => (value ? "Yes" : "No");
  return (
    <SectionCard title="Referral">
      <DetailList
        items={[
          {
            label: "Member",
            value: (
              <AnchorLink to="/members/$memberId" params={{ memberId: referral.member.id }} size="sm">
                {memberName(referral.member)}
              </AnchorLink>
            ),
          },
          { label: "Cohort", value: referral.cohort?.name },
          {
            label: "Referred to",
            value: resource
              ? `${referralResourceName(referral)} (${RESOURCE_KIND_LABELS[resource.kind]})`
              : referralResourceName(referral),
          },
          { label: "Contact", value: contact },
          { label: "Follow up on", value: referral.followUpOn ? formatCalendarDay(referral.followUpOn) : null },
          { label: "Warm hand-off", value: yes(referral.warmHandoff) },
          {
            label: "Information shared",
            value: referral.sharesInformation
              ? referral.informationSharing
                ? "Yes, with the member's agreement"
                : "Yes, the member has not agreed yet"
              : "No",
          },
          {
            label: "Logged",
            value: `${formatDateTime(referral.createdAt)}${referral.createdBy ? ` by ${referral.createdBy.name}` : ""}`,
          },
        ]}
      />
    </SectionCard>
  );
}

function ReferralSkeleton() {
  useDocumentTitle("Referral");
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading referral">
      <Skeleton height={36} width="40%" />
      <Skeleton height={80} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Skeleton height={220} />
        <Skeleton height={220} />
      </SimpleGrid>
    </Stack>
  );
}
