import { Group, Table, Text } from "@mantine/core";
import { IconFlagFilled } from "@tabler/icons-react";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { CompactTable } from "../../components/compact-table.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { formatDate } from "../../lib/format.ts";
import { ApplicationStatusBadge } from "../intake/application-status-badge.tsx";
import type { MemberProfile } from "./types.ts";

export function MemberApplicationsCard({ member }: { member: MemberProfile }) {
  return (
    <SectionCard title="Applications">
      {member.applications.length === 0 ? (
        <Text size="sm" c="dimmed">
          No applications on record.
        </Text>
      ) : (
        <CompactTable label="Applications" headers={["Program", "Status", "Submitted"]} minWidth={420}>
          {member.applications.map((application) => (
            <Table.Tr key={application.id}>
              <Table.Td>
                <AnchorLink to="/intake/$applicationId" params={{ applicationId: application.id }} size="sm" fw={600}>
                  {application.program.name}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {application.cohort?.name ?? "Any cohort"}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <ApplicationStatusBadge status={application.status} />
                  {application.riskFlagged && (
                    <Group gap={2} c="red.8" wrap="nowrap">
                      <IconFlagFilled size={14} aria-hidden />
                      <Text span size="xs" fw={600}>
                        Flagged
                      </Text>
                    </Group>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{formatDate(application.submittedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </CompactTable>
      )}
    </SectionCard>
  );
}
