import { Badge, Group, Stack, Table, Text, Title } from "@mantine/core";
import { IconFileText } from "@tabler/icons-react";
import { AnchorLink } from "../../../components/anchor-link.tsx";
import { ButtonLink } from "../../../components/button-link.tsx";
import { CompactTable } from "../../../components/compact-table.tsx";
import { formatCalendarDay } from "../../../lib/format.ts";
import { ENROLLMENT_STATUS_LABELS } from "../../../lib/labels/enrollment-labels.ts";
import { ReportFigures } from "../../reports/report-figures.tsx";
import { ATTENDANCE_LABELS, formatRate } from "../attendance-labels.ts";
import { CorrectionHistory } from "../correction-history.tsx";
import type { MemberAttendance } from "../types.ts";

type SessionRow = MemberAttendance["sessions"][number];

const dayOf = (isoDay: string) => formatCalendarDay(new Date(`${isoDay}T00:00:00Z`));

/** What the history says for a session: the mark, or why there is none. */
function markOf(session: SessionRow, membership: MemberAttendance["membership"]): string {
  if (session.record) return ATTENDANCE_LABELS[session.record.status];
  if (session.status === "CANCELLED") return "Cancelled";
  if (session.date < membership.from) return "Not yet enrolled";
  if (membership.until !== null && session.date > membership.until) return "No longer enrolled";
  return session.status === "HELD" ? "Not marked" : "Not held yet";
}

/** One enrollment's progress (attended of held, rate, absences in a row, modules missed), its history and its letter. */
export function EnrollmentAttendance({ memberId, enrollment }: { memberId: string; enrollment: MemberAttendance }) {
  const { cohort, standing, membership } = enrollment;
  const headingId = `attendance-${enrollment.enrollmentId}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group gap="xs" wrap="wrap">
        <Title order={3} fz="h5" id={headingId}>
          <AnchorLink to="/cohorts/$cohortId/progress" params={{ cohortId: cohort.id }}>
            {cohort.name}
          </AnchorLink>
        </Title>
        <Text span size="sm" c="dimmed">
          {ENROLLMENT_STATUS_LABELS[enrollment.status]}
        </Text>
        {standing.needsFollowUp && (
          <Badge size="sm" color="grape.9" radius="sm">
            Follow up
          </Badge>
        )}
        {standing.atRisk && (
          <Badge size="sm" color="red.9" radius="sm">
            At risk
          </Badge>
        )}
      </Group>
      <Group>
        <ButtonLink
          to="/print/letters/$cohortId/$memberId"
          params={{ cohortId: cohort.id, memberId }}
          size="xs"
          variant="default"
          leftSection={<IconFileText size={14} aria-hidden />}
          aria-label={`Attendance letter for ${cohort.name}`}
        >
          Attendance letter
        </ButtonLink>
      </Group>
      <ReportFigures
        label={`Progress in ${cohort.name}`}
        figures={[
          { label: "Attended", value: `${standing.attended} of ${standing.held}`, hint: "held sessions while enrolled" },
          {
            label: "Attendance rate",
            value: formatRate(standing.rate),
            hint: `excused aside; completion asks ${cohort.completionPercent}%`,
          },
          { label: "Excused", value: String(standing.excused) },
          { label: "Absences in a row", value: String(standing.consecutiveAbsences), hint: "the current run" },
          { label: "Modules missed", value: String(standing.modulesMissed.length) },
        ]}
      />
      {standing.modulesMissed.length > 0 && (
        <Text size="sm">
          <Text span fw={600}>
            Modules missed:{" "}
          </Text>
          {standing.modulesMissed.map((m) => `${m.title} (session ${m.sessionNumber})`).join(", ")}
        </Text>
      )}
      <CompactTable label={`Attendance history in ${cohort.name}`} headers={["Session", "Date", "Module", "Attendance"]}>
        {enrollment.sessions.map((session) => (
          <Table.Tr key={session.id}>
            <Table.Td>
              {session.number}
              {session.isMakeUp ? " (make-up)" : ""}
            </Table.Td>
            <Table.Td>{dayOf(session.date)}</Table.Td>
            <Table.Td>{session.module?.title ?? "—"}</Table.Td>
            <Table.Td>
              <Group gap={6} wrap="wrap">
                <Text span size="sm" fw={session.record ? 600 : undefined} c={session.record ? undefined : "dimmed"}>
                  {markOf(session, membership)}
                </Text>
                {session.record && session.record.corrections.length > 0 && (
                  <Badge size="xs" color="dark" variant="outline">
                    Corrected
                  </Badge>
                )}
              </Group>
              {session.record?.note && <Text size="xs">{session.record.note}</Text>}
              {session.record && (
                <Text size="xs" c="dimmed">
                  Recorded by {session.record.recordedBy?.name ?? "someone no longer here"}
                </Text>
              )}
              {session.record && session.record.corrections.length > 0 && (
                <CorrectionHistory corrections={session.record.corrections} />
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </CompactTable>
    </Stack>
  );
}
