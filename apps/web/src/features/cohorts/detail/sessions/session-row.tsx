import { Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useState } from "react";
import { ButtonLink } from "../../../../components/button-link.tsx";
import { formatSessionDay, formatSessionTime } from "../../../../lib/format.ts";
import type { CohortSession } from "../../types.ts";
import { type SessionAction, SessionActions } from "./session-actions.tsx";
import { SessionHistory } from "./session-history.tsx";
import { SessionStatusBadge } from "./session-status-badge.tsx";
import classes from "./sessions-table.module.css";

interface SessionRowProps {
  session: CohortSession;
  timeZone: string;
  canRun: boolean;
  dayHasCome: boolean;
  highlighted: boolean;
  onAction: (action: SessionAction) => void;
}

const COLUMNS = 5;

export function SessionRow({ session, timeZone, canRun, dayHasCome, highlighted, onAction }: SessionRowProps) {
  const [showHistory, setShowHistory] = useState(false);
  const historyId = `session-history-${session.id}`;
  return (
    <>
      <Table.Tr id={`session-${session.id}`} className={highlighted ? classes.highlighted : undefined}>
        <Table.Td>
          <Stack gap={2} align="flex-start">
            <Text fw={600} size="sm">
              {session.number}
            </Text>
            {session.isMakeUp && (
              <Badge size="xs" variant="light" color="grape" radius="sm">
                Make-up
              </Badge>
            )}
          </Stack>
        </Table.Td>
        <Table.Td>
          <Text size="sm" fw={500}>
            {formatSessionDay(session.startsAt, timeZone)}
          </Text>
          <Text size="xs" c="dimmed">
            {formatSessionTime(session.startsAt, timeZone)} · {session.durationMinutes} min
          </Text>
        </Table.Td>
        <Table.Td className={classes.wrap}>
          {session.module?.title ?? (
            <Text span size="sm" c="dimmed">
              No module
            </Text>
          )}
        </Table.Td>
        <Table.Td className={classes.status}>
          <Stack gap={2}>
            <SessionStatusBadge status={session.status} />
            {session.cancelReason && (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {session.cancelReason}
              </Text>
            )}
          </Stack>
        </Table.Td>
        <Table.Td className={classes.actions}>
          <Group gap={4} justify="flex-end">
            {session.status !== "CANCELLED" && (
              <ButtonLink
                to="/sessions/$sessionId/attendance"
                params={{ sessionId: session.id }}
                size="compact-sm"
                variant="light"
                aria-label={`Attendance of session ${session.number}`}
              >
                {session._count.attendance > 0 ? `Attendance (${session._count.attendance})` : "Attendance"}
              </ButtonLink>
            )}
            {session.changes.length > 0 && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                leftSection={showHistory ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
                aria-expanded={showHistory}
                aria-controls={historyId}
                aria-label={`History of session ${session.number} (${session.changes.length} change${session.changes.length === 1 ? "" : "s"})`}
                onClick={() => setShowHistory((open) => !open)}
              >
                History ({session.changes.length})
              </Button>
            )}
            {canRun && <SessionActions session={session} timeZone={timeZone} dayHasCome={dayHasCome} onAction={onAction} />}
          </Group>
        </Table.Td>
      </Table.Tr>
      {showHistory && (
        <Table.Tr id={historyId} className={classes.historyRow}>
          <Table.Td colSpan={COLUMNS}>
            <SessionHistory session={session} timeZone={timeZone} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
