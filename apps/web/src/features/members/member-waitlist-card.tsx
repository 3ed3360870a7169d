import { Badge, Table, Text } from "@mantine/core";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { CompactTable } from "../../components/compact-table.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { WAITLIST_STATUS_LABELS } from "../../lib/labels/enrollment-labels.ts";
import type { MemberProfile } from "./types.ts";

export function MemberWaitlistCard({ member }: { member: MemberProfile }) {
  return (
    <SectionCard title="Waitlist places">
      {member.waitlistEntries.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not waiting for a seat anywhere.
        </Text>
      ) : (
        <CompactTable label="Waitlist places" headers={["Waiting for", "Place", "Status"]} minWidth={420}>
          {member.waitlistEntries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                {entry.cohort ? (
                  <AnchorLink to="/cohorts/$cohortId/roster" params={{ cohortId: entry.cohort.id }} size="sm" fw={600}>
                    {entry.cohort.name}
                  </AnchorLink>
                ) : (
                  <Text size="sm" fw={600}>
                    The program's next cohort
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {entry.program.name}
                </Text>
              </Table.Td>
              <Table.Td>{entry.position}</Table.Td>
              <Table.Td>
                <Badge color={entry.status === "OFFERED" ? "green" : "yellow"} variant="light" radius="sm">
                  {WAITLIST_STATUS_LABELS[entry.status]}
                </Badge>
                {entry.status === "OFFERED" && entry.offerExpiresAt && (
                  <Text size="xs" c="dimmed">
                    until {formatDateTime(entry.offerExpiresAt)}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </CompactTable>
      )}
    </SectionCard>
  );
}
