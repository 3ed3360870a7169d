import { Badge, Button, Table, Text } from "@mantine/core";
import { useState } from "react";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { CompactTable } from "../../components/compact-table.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { formatCalendarDay, formatDate } from "../../lib/format.ts";
import { ENROLLMENT_STATUS_COLORS, ENROLLMENT_STATUS_LABELS } from "../../lib/labels/enrollment-labels.ts";
import { EndEnrollmentModal } from "./end-enrollment-modal.tsx";
import type { MemberEnrollment, MemberProfile } from "./types.ts";

export function MemberEnrollmentsCard({ member, canEnd }: { member: MemberProfile; canEnd: boolean }) {
  const [ending, setEnding] = useState<MemberEnrollment | null>(null);
  return (
    <SectionCard title="Enrollments">
      {member.enrollments.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not enrolled in any cohort yet.
        </Text>
      ) : (
        <CompactTable
          label="Enrollments"
          headers={["Cohort", "Status", "Enrolled", "Ended", "End reason", ...(canEnd ? [""] : [])]}
        >
          {member.enrollments.map((enrollment) => (
            <Table.Tr key={enrollment.id}>
              <Table.Td>
                <AnchorLink to="/cohorts/$cohortId/roster" params={{ cohortId: enrollment.cohort.id }} size="sm" fw={600}>
                  {enrollment.cohort.name}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {enrollment.cohort.program.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={ENROLLMENT_STATUS_COLORS[enrollment.status]} variant="light" radius="sm">
                  {ENROLLMENT_STATUS_LABELS[enrollment.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDate(enrollment.enrolledAt)}</Table.Td>
              <Table.Td>{formatCalendarDay(enrollment.endedOn)}</Table.Td>
              <Table.Td maw={260}>{enrollment.endReason ?? "—"}</Table.Td>
              {canEnd && (
                <Table.Td>
                  {enrollment.status === "ENROLLED" && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEnding(enrollment)}
                      aria-label={`End enrollment in ${enrollment.cohort.name}`}
                    >
                      End
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </CompactTable>
      )}
      {ending && <EndEnrollmentModal member={member} enrollment={ending} onClose={() => setEnding(null)} />}
    </SectionCard>
  );
}
