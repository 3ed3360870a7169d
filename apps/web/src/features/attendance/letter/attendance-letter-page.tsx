import "./attendance-letter.css";
import { Alert, Button, Group, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconPrinter } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { AccessDenied } from "../../../components/access-denied.tsx";
import { ButtonLink } from "../../../components/button-link.tsx";
import { ErrorState } from "../../../components/error-state.tsx";
import { NotFound } from "../../../components/not-found-page.tsx";
import { apiErrorCode, isForbidden } from "../../../lib/api-error.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { formatCalendarDay } from "../../../lib/format.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { AttendanceLetter } from "../types.ts";

const route = getRouteApi("/print/letters/$cohortId/$memberId");

const dayOf = (isoDay: string) => formatCalendarDay(new Date(`${isoDay}T00:00:00Z`));

/**
 * A member's attendance letter, for an administrator or the cohort's facilitators: proof of the
 * sessions attended, on paper or as a PDF. The server writes each letter produced to the audit
 * log, so the page asks once and does not refetch behind the reader's back.
 */
export function AttendanceLetterPage() {
  const trpc = useTRPC();
  const { cohortId, memberId } = route.useParams();
  const letter = useQuery({
    ...trpc.attendance.letter.queryOptions({ cohortId, memberId }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
  useDocumentTitle("Attendance letter");
  if (isForbidden(letter.error)) return <AccessDenied />;
  const code = apiErrorCode(letter.error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
  return (
    <div className="attendance-letter">
      <Group justify="space-between" mb="xl" className="no-print">
        <ButtonLink
          to="/members/$memberId"
          params={{ memberId }}
          variant="default"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          Back to the member
        </ButtonLink>
        <Button onClick={() => window.print()} leftSection={<IconPrinter size={16} aria-hidden />} disabled={!letter.data}>
          Print or save as PDF
        </Button>
      </Group>
      <main>
        {letter.error ? (
          <ErrorState error={letter.error} onRetry={() => void letter.refetch()} />
        ) : !letter.data ? (
          <Stack aria-busy="true" aria-label="Loading the letter">
            <Skeleton height={32} width="50%" />
            <Skeleton height={120} />
          </Stack>
        ) : (
          <Letter letter={letter.data} />
        )}
      </main>
    </div>
  );
}

function Letter({ letter }: { letter: AttendanceLetter }) {
  const name = `${letter.member.firstName} ${letter.member.lastName}`;
  const { enrollment } = letter;
  const period = enrollment.until
    ? `from ${dayOf(enrollment.from)} to ${formatCalendarDay(enrollment.until)}`
    : `since ${dayOf(enrollment.from)}`;
  const sessions = letter.attended.length === 1 ? "1 session" : `${letter.attended.length} sessions`;
  return (
    <Stack gap="lg">
      {!letter.organisationName && (
        <Alert color="orange" variant="light" title="No organisation name" className="no-print">
          An administrator sets the organisation's name under Settings; the letter carries it in its heading.
        </Alert>
      )}
      <Stack gap={2} component="header">
        {letter.organisationName && (
          <Text fw={700} size="lg">
            {letter.organisationName}
          </Text>
        )}
        <Text size="sm">{dayOf(letter.issuedOn)}</Text>
      </Stack>
      <Title order={1} fz="h2">
        Attendance letter: {name}
      </Title>
      <Text>
        This letter confirms that {name} has been enrolled in {letter.cohort}, a group of the program {letter.program}, {period},
        and attended {sessions} of it:
      </Text>
      {letter.attended.length === 0 ? (
        <Text fs="italic">No session attended so far.</Text>
      ) : (
        <Table aria-label="Sessions attended" withTableBorder verticalSpacing={4} horizontalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Session</Table.Th>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Topic</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {letter.attended.map((session) => (
              <Table.Tr key={session.number}>
                <Table.Td>{session.number}</Table.Td>
                <Table.Td>{dayOf(session.date)}</Table.Td>
                <Table.Td>{session.module ?? "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm">
        Arriving late or leaving early counts as attending. The group's content stays confidential; this letter confirms
        attendance only.
      </Text>
      <Stack gap={0}>
        <div className="signature" />
        <Text>{letter.facilitator ?? "The cohort's facilitator"}</Text>
        <Text size="sm" c="dimmed">
          Facilitator, {letter.cohort}
          {letter.organisationName ? `, ${letter.organisationName}` : ""}
        </Text>
      </Stack>
    </Stack>
  );
}
