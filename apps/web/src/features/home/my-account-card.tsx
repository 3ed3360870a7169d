import { Button, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconKey } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ErrorState } from "../../components/error-state.tsx";
import { RoleBadge } from "../../components/role-badge.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { type TrpcOptions, useTRPC } from "../../lib/trpc.ts";
import { credentialStanding } from "../people/credentials/credential-labels.ts";

export const profileQuery = (trpc: TrpcOptions) => trpc.auth.profile.queryOptions();

export function MyAccountCard() {
  const trpc = useTRPC();
  const profile = useQuery(profileQuery(trpc));
  return (
    <SectionCard
      title="My account"
      actions={
        <Button component={Link} to="/account" variant="subtle" size="xs" aria-label="View my account">
          View
        </Button>
      }
    >
      {profile.error ? (
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      ) : !profile.data ? (
        <Stack gap="xs">
          <Skeleton height={18} width="60%" />
          <Skeleton height={14} width="80%" />
          <Skeleton height={14} width="40%" />
        </Stack>
      ) : (
        <Stack gap="sm">
          <div>
            <Group gap="xs">
              <Text fw={600}>{profile.data.name}</Text>
              <RoleBadge role={profile.data.role} />
            </Group>
            <Text size="sm" c="dimmed">
              {profile.data.email}
            </Text>
          </div>
          <Text size="sm">{credentialSummary(profile.data.credentials.map((credential) => credential.expiresAt))}</Text>
          <Text size="xs" c="dimmed">
            Last sign-in: {formatDateTime(profile.data.lastSignInAt, "never")}
          </Text>
          <Group>
            <Button
              component={Link}
              to="/account/password"
              variant="default"
              size="sm"
              leftSection={<IconKey size={16} aria-hidden />}
            >
              Change password
            </Button>
          </Group>
        </Stack>
      )}
    </SectionCard>
  );
}

function credentialSummary(expiries: (Date | null)[]): string {
  if (expiries.length === 0) return "No credentials on record.";
  const lapsed = expiries.filter((expiresAt) => credentialStanding(expiresAt) === "expired").length;
  const soon = expiries.filter((expiresAt) => credentialStanding(expiresAt) === "expiring").length;
  const base = `${expiries.length} credential${expiries.length === 1 ? "" : "s"} on record`;
  if (lapsed > 0) return `${base}; ${lapsed} expired.`;
  if (soon > 0) return `${base}; ${soon} expiring within two months.`;
  return `${base}.`;
}
