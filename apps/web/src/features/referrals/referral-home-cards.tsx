import { Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { ButtonLink } from "../../components/button-link.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { formatCalendarDay, formatRecent } from "../../lib/format.ts";
import { formatTotal } from "../../lib/format-total.ts";
import { memberName } from "../../lib/member-name.ts";
import { type TrpcOptions, useTRPC } from "../../lib/trpc.ts";
import { ReferralStatusBadge } from "./referral-badges.tsx";
import { REFERRAL_CATEGORY_LABELS } from "./referral-labels.ts";
import { referralResourceName } from "./referral-resource-name.ts";
import type { ReferralRow } from "./types.ts";

export const referralsHomeQuery = (trpc: TrpcOptions) => trpc.referrals.home.queryOptions();

function useReferralsHome() {
  return useQuery(referralsHomeQuery(useTRPC()));
}

function ReferralLines({ label, rows, when }: { label: string; rows: ReferralRow[]; when: (row: ReferralRow) => string }) {
  return (
    <Stack gap="xs" component="ul" aria-label={label} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {rows.map((row) => (
        <Group key={row.id} component="li" justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={0}>
            <AnchorLink to="/referrals/$referralId" params={{ referralId: row.id }} size="sm" fw={600}>
              {memberName(row.member)}
            </AnchorLink>
            <Text size="xs" c="dimmed">
              {REFERRAL_CATEGORY_LABELS[row.category]} · {referralResourceName(row)}
              {row.cohort ? ` · ${row.cohort.name}` : ""} · {when(row)}
            </Text>
          </Stack>
          <ReferralStatusBadge status={row.status} />
        </Group>
      ))}
    </Stack>
  );
}

/**
 * Every open emergency referral (for a facilitator, those of their cohorts), on top of the home
 * page until it is closed. It shows nothing once there is none.
 */
export function EmergencyReferralsCard() {
  const home = useReferralsHome();
  if (home.data && home.data.emergencies.total === 0) return null;
  const { total = 0, rows = [] } = home.data?.emergencies ?? {};
  const count = home.data ? formatTotal(home.data.emergencies) : "";
  return (
    <Paper withBorder p="lg" h="100%" style={{ borderColor: "var(--mantine-color-red-9)", borderWidth: 2 }}>
      <Stack gap="md">
        <Group gap="xs" wrap="nowrap">
          <IconAlertTriangle size={22} color="var(--mantine-color-red-9)" aria-hidden />
          <Title order={2} fz="h4" c="red.9">
            {home.data ? `Open emergency referral${total === 1 ? "" : "s"} (${count})` : "Open emergency referrals"}
          </Title>
        </Group>
        {home.error ? (
          <ErrorState error={home.error} onRetry={() => void home.refetch()} />
        ) : !home.data ? (
          <Skeleton height={48} aria-label="Loading emergency referrals" />
        ) : (
          <>
            <ReferralLines label="Open emergency referrals" rows={rows} when={(row) => `logged ${formatRecent(row.createdAt)}`} />
            {total > rows.length && (
              <ButtonLink to="/referrals" search={{ urgency: "EMERGENCY" }} variant="subtle" size="xs">
                All {count} open emergencies
              </ButtonLink>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** Follow-ups whose day has passed: a facilitator's own referrals, or every one for an admin. */
export function OverdueReferralsCard() {
  const home = useReferralsHome();
  const overdue = home.data?.overdue;
  return (
    <SectionCard
      title="Referral follow-ups overdue"
      actions={
        overdue && overdue.total > 0 ? (
          <ButtonLink to="/referrals" search={{ overdue: true }} variant="subtle" size="xs">
            All {formatTotal(overdue)}
          </ButtonLink>
        ) : undefined
      }
    >
      {home.error ? (
        <ErrorState error={home.error} onRetry={() => void home.refetch()} />
      ) : !overdue ? (
        <Skeleton height={48} aria-label="Loading overdue follow-ups" />
      ) : overdue.total === 0 ? (
        <Text size="sm" c="dimmed">
          No referral follow-up is overdue.
        </Text>
      ) : (
        <ReferralLines
          label="Overdue referral follow-ups"
          rows={overdue.rows}
          when={(row) => `follow up was due ${formatCalendarDay(row.followUpOn)}`}
        />
      )}
    </SectionCard>
  );
}
