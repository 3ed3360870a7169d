import { Badge, Group, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { formatSessionDay, formatSessionTime } from "../../../lib/format.ts";
import classes from "../../sessions/session-card.module.css";
import type { AttendanceHome } from "../types.ts";

type HomeSession = AttendanceHome["today"][number];

/** Sessions as links to their attendance sheets, each saying whether attendance is taken and by whom. */
export function AttendanceSessionList({
  label,
  sessions,
  withDate,
}: {
  label: string;
  sessions: HomeSession[];
  withDate?: boolean;
}) {
  return (
    <Stack gap="xs" component="ul" aria-label={label} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {sessions.map((session) => (
        <li key={session.id}>
          <Link
            to="/sessions/$sessionId/attendance"
            params={{ sessionId: session.id }}
            className={classes.card}
            data-status={session.status}
          >
            <Group justify="space-between" gap={4} wrap="wrap">
              <Text size="sm" fw={700}>
                {withDate && `${formatSessionDay(session.startsAt, session.cohort.timeZone)}, `}
                {formatSessionTime(session.startsAt, session.cohort.timeZone)}
              </Text>
              {session.marked > 0 ? (
                <Badge size="sm" color="teal" variant="light">
                  Taken by {session.takenBy.join(", ")}
                </Badge>
              ) : (
                <Badge size="sm" color="orange" variant="light">
                  Not taken yet
                </Badge>
              )}
            </Group>
            <Text size="sm" fw={600}>
              {session.cohort.name}
            </Text>
            <Text size="xs" c="dimmed">
              Session {session.number}
              {session.module ? `: ${session.module.title}` : ""}
            </Text>
          </Link>
        </li>
      ))}
    </Stack>
  );
}
