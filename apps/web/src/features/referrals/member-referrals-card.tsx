import { Button, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { formatCalendarDay, formatDate } from "../../lib/format.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { OverdueBadge, ReferralStatusBadge, ReferralUrgencyBadge } from "./referral-badges.tsx";
import { ReferralFormDialog } from "./referral-form-dialog.tsx";
import { REFERRAL_CATEGORY_LABELS } from "./referral-labels.ts";
import { referralResourceName } from "./referral-resource-name.ts";

const SHOWN = 10;

/** A member's referrals, open emergencies first, and the way to log a new one. */
export function MemberReferralsCard({ member }: { member: { id: string; name: string } }) {
  const trpc = useTRPC();
  const [logging, setLogging] = useState(false);
  const referrals = useQuery(
    trpc.referrals.list.queryOptions({ memberId: member.id, page: 1, pageSize: SHOWN, sort: "createdAt", desc: true }),
  );
  return (
    <SectionCard
      title="Referrals"
      actions={
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setLogging(true)}>
          Refer {member.name}
        </Button>
      }
    >
      {referrals.error ? (
        <ErrorState error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : !referrals.data ? (
        <Skeleton height={48} aria-label="Loading referrals" />
      ) : referrals.data.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No referrals yet. Refer {member.name} when they need more help than the group gives.
        </Text>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          aria-label={`Referrals of ${member.name}`}
          style={{ listStyle: "none", margin: 0, padding: 0 }}
        >
          {referrals.data.rows.map((row) => (
            <Group key={row.id} component="li" justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={0}>
                <AnchorLink to="/referrals/$referralId" params={{ referralId: row.id }} size="sm" fw={600}>
                  {REFERRAL_CATEGORY_LABELS[row.category]}: {referralResourceName(row)}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  Logged {formatDate(row.createdAt)}
                  {row.followUpOn ? ` · follow up ${formatCalendarDay(row.followUpOn)}` : ""}
                </Text>
              </Stack>
              <Group gap={6}>
                <ReferralUrgencyBadge urgency={row.urgency} />
                <ReferralStatusBadge status={row.status} />
                {row.overdue && <OverdueBadge />}
              </Group>
            </Group>
          ))}
          {referrals.data.total > SHOWN && (
            <AnchorLink to="/referrals" search={{ status: "ALL", memberId: member.id }} size="sm">
              All {referrals.data.total} referrals
            </AnchorLink>
          )}
        </Stack>
      )}
      {logging && <ReferralFormDialog member={member} onClose={() => setLogging(false)} />}
    </SectionCard>
  );
}
