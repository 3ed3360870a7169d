import { Button, SimpleGrid, Skeleton, Stack, Table, Text } from "@mantine/core";
import { IconKey } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ErrorState } from "../../components/error-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { RoleBadge } from "../../components/role-badge.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { CredentialList } from "../people/credentials/credential-list.tsx";
import { CalendarFeedCard } from "./calendar-feed-card.tsx";

export function AccountPage() {
  const trpc = useTRPC();
  const profile = useQuery(trpc.auth.profile.queryOptions());
  return (
    <>
      <PageHeader title="My account" description="Your profile as administrators see it, and your password." />
      {profile.error ? (
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      ) : !profile.data ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" aria-busy="true">
          <Skeleton height={200} />
          <Skeleton height={200} />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <SectionCard title="Profile">
            <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={130}>Name</Table.Th>
                  <Table.Td>{profile.data.name}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Email</Table.Th>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>{profile.data.email}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Role</Table.Th>
                  <Table.Td>
                    <RoleBadge role={profile.data.role} />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Last sign-in</Table.Th>
                  <Table.Td>{formatDateTime(profile.data.lastSignInAt, "Never")}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed">
              To change your name, email or role, ask an administrator.
            </Text>
          </SectionCard>
          <SectionCard title="Password">
            <Text size="sm">
              Changing your password signs you out on every other device, so use it if you think someone else knows it.
            </Text>
            <div>
              <Button component={Link} to="/account/password" leftSection={<IconKey size={16} aria-hidden />}>
                Change password
              </Button>
            </div>
          </SectionCard>
          {profile.data.role !== "STAFF" && <CalendarFeedCard />}
          <Stack style={{ gridColumn: "1 / -1" }}>
            <SectionCard title="Credentials">
              <CredentialList
                credentials={profile.data.credentials}
                emptyText="No licences or certificates recorded. An administrator adds them for you."
              />
            </SectionCard>
          </Stack>
        </SimpleGrid>
      )}
    </>
  );
}
