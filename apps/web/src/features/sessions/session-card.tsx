import { Badge, Group, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { formatSessionDay, formatSessionTime } from "../../lib/format.ts";
import { SessionStatusBadge } from "../cohorts/detail/sessions/session-status-badge.tsx";
import classes from "./session-card.module.css";
import { sessionPlace } from "./session-place.ts";
import type { SessionWithCohort } from "./types.ts";

interface SessionCardProps {
  session: SessionWithCohort;
  /** show the date too, when the card does not sit under its day */
  withDate?: boolean;
}

/**
 * One session as a link to its cohort's sessions (time in the cohort's zone, cohort, module,
 * place, status), and under it a link to its attendance sheet unless it was cancelled.
 */
export function SessionCard({ session, withDate }: SessionCardProps) {
  const { cohort } = session;
  return (
    <div className={classes.card} data-status={session.status}>
      <Link
        to="/cohorts/$cohortId/sessions"
        params={{ cohortId: cohort.id }}
        search={{ session: session.id }}
        className={classes.cardLink}
      >
        <Stack gap={2}>
          <Group justify="space-between" gap={4} wrap="wrap">
            <Text size="sm" fw={700} style={{ whiteSpace: withDate ? undefined : "nowrap" }}>
              {withDate && `${formatSessionDay(session.startsAt, cohort.timeZone)}, `}
              {formatSessionTime(session.startsAt, cohort.timeZone)}
            </Text>
            {session.status !== "SCHEDULED" && <SessionStatusBadge status={session.status} />}
          </Group>
          <Text size="sm" fw={600} className={classes.title}>
            {cohort.name}
          </Text>
          <Text size="xs" c="dimmed" className={classes.title}>
            Session {session.number}
            {session.module ? `: ${session.module.title}` : ""}
            {session.isMakeUp && (
              <Badge size="xs" variant="light" color="grape" radius="sm" ml={4} component="span">
                Make-up
              </Badge>
            )}
          </Text>
          <Text size="xs" c="dimmed" className={classes.title}>
            {sessionPlace(cohort)}
          </Text>
        </Stack>
      </Link>
      {session.status !== "CANCELLED" && (
        <AnchorLink
          to="/sessions/$sessionId/attendance"
          params={{ sessionId: session.id }}
          size="xs"
          fw={600}
          className={classes.attendanceLink}
        >
          Attendance
        </AnchorLink>
      )}
    </div>
  );
}
