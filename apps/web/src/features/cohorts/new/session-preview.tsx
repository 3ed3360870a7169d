import { ActionIcon, Badge, Paper, Skeleton, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconCalendarOff } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../../components/error-state.tsx";
import { isIsoDay } from "../../../lib/calendar-days.ts";
import { formatSessionDay, formatSessionTime } from "../../../lib/format.ts";
import { useTRPC } from "../../../lib/trpc.ts";

export interface PreviewSchedule {
  programId: string;
  startDate: string | null;
  weekday: string;
  startTime: string;
  timeZone: string;
  skipDates: string[];
}

interface SessionPreviewProps {
  schedule: PreviewSchedule;
  onSkip: (localDate: string) => void;
}

function ready(schedule: PreviewSchedule) {
  return Boolean(
    schedule.programId &&
      schedule.startDate &&
      isIsoDay(schedule.startDate) &&
      /^([01]\d|2[0-3]):[0-5]\d$/.test(schedule.startTime) &&
      schedule.timeZone,
  );
}

/** Every session the cohort would get, in its own time zone, before anything is saved. */
export function SessionPreview({ schedule, onSkip }: SessionPreviewProps) {
  const trpc = useTRPC();
  // Typing a time or date should not send a request per keystroke.
  const [settled] = useDebouncedValue(schedule, 300);
  const enabled = ready(settled);
  const preview = useQuery({
    ...trpc.cohorts.preview.queryOptions({
      programId: settled.programId,
      startDate: settled.startDate ?? "",
      weekday: Number(settled.weekday),
      startTime: settled.startTime,
      timeZone: settled.timeZone,
      skipDates: settled.skipDates,
    }),
    enabled,
    placeholderData: keepPreviousData,
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="session-preview-title">
      <Stack gap="md">
        <div>
          <Title order={2} fz="h4" id="session-preview-title">
            Sessions preview
          </Title>
          <Text size="sm" c="dimmed">
            Generated from the schedule, each with its module, in the cohort's time zone. Nothing is saved until you create the
            cohort.
          </Text>
        </div>
        {!ready(schedule) ? (
          <Text size="sm" c="dimmed">
            Choose the program, the first possible date and the time to see every session.
          </Text>
        ) : preview.error ? (
          <ErrorState title="The sessions could not be worked out" error={preview.error} onRetry={() => void preview.refetch()} />
        ) : !preview.data ? (
          <Stack gap="xs" aria-busy="true" aria-label="Working out the sessions">
            {[0, 1, 2, 3].map((row) => (
              <Skeleton key={row} height={28} />
            ))}
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={300} type="native">
            <Table
              aria-label="Sessions preview"
              aria-busy={preview.isFetching}
              verticalSpacing={6}
              style={{ opacity: preview.isFetching ? 0.6 : 1, transition: "opacity 150ms" }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">#</Table.Th>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Module</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Skip</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.data.map((session) => (
                  <Table.Tr key={session.number}>
                    <Table.Td>{session.number}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <Text size="sm" fw={600}>
                        {formatSessionDay(session.startsAt, settled.timeZone)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatSessionTime(session.startsAt, settled.timeZone)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {session.module ? (
                        session.module.title
                      ) : (
                        <Badge variant="outline" color="gray" radius="sm">
                          No module
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label="Skip this date">
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Skip ${formatSessionDay(session.startsAt, settled.timeZone)}`}
                          onClick={() => onSkip(session.localDate)}
                        >
                          <IconCalendarOff size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
