import { Button, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconCalendarWeek } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { AnchorLink } from "../../../components/anchor-link.tsx";
import { ErrorState } from "../../../components/error-state.tsx";
import { SectionCard } from "../../../components/section-card.tsx";
import { formatRate } from "../attendance-labels.ts";
import { FollowUpList } from "../follow-ups/follow-up-list.tsx";
import type { AttendanceHome } from "../types.ts";
import { AttendanceSessionList } from "./attendance-session-list.tsx";
import { useAttendanceHome } from "./use-attendance-home.ts";

/** Loading, failure, then the card's content from the shared home query. */
function WithHome({ children }: { children: (home: AttendanceHome) => React.ReactNode }) {
  const home = useAttendanceHome();
  if (home.error) return <ErrorState error={home.error} onRetry={() => void home.refetch()} />;
  if (!home.data) return <Skeleton height={72} aria-label="Loading" />;
  return <>{children(home.data)}</>;
}

/** Today's sessions, each opening its attendance sheet. */
export function TodayAttendanceCard() {
  return (
    <SectionCard
      title="Today"
      actions={
        <Button
          component={Link}
          to="/sessions"
          variant="subtle"
          size="xs"
          leftSection={<IconCalendarWeek size={14} aria-hidden />}
        >
          Week view
        </Button>
      }
    >
      <WithHome>
        {(home) =>
          home.today.length === 0 ? (
            <Text size="sm" c="dimmed">
              No sessions today.
            </Text>
          ) : (
            <AttendanceSessionList label="Sessions today" sessions={home.today} />
          )
        }
      </WithHome>
    </SectionCard>
  );
}

/** Sessions of the past seven days whose attendance is still not taken. */
export function AttendanceDueCard() {
  return (
    <SectionCard title="Attendance not taken">
      <WithHome>
        {(home) =>
          home.notTaken.length === 0 ? (
            <Text size="sm" c="dimmed">
              Every session of the past week has its attendance.
            </Text>
          ) : (
            <AttendanceSessionList label="Sessions without attendance" sessions={home.notTaken} withDate />
          )
        }
      </WithHome>
    </SectionCard>
  );
}

/** Members of the facilitator's cohorts with absences in a row. */
export function FollowUpCard() {
  return (
    <SectionCard title="Follow up">
      <WithHome>{(home) => <FollowUpList followUps={home.followUps} withCohort />}</WithHome>
    </SectionCard>
  );
}

/** Each running cohort's attendance rate and retention. */
export function CohortRatesCard() {
  return (
    <SectionCard title="Attendance by cohort">
      <WithHome>
        {(home) =>
          home.cohortRates.length === 0 ? (
            <Text size="sm" c="dimmed">
              No cohort of yours is running.
            </Text>
          ) : (
            <Stack gap={6} component="ul" aria-label="Attendance by cohort" style={{ listStyle: "none", margin: 0, padding: 0 }}>
              {home.cohortRates.map((c) => (
                <Group key={c.cohortId} component="li" justify="space-between" wrap="nowrap">
                  <AnchorLink to="/cohorts/$cohortId/progress" params={{ cohortId: c.cohortId }} size="sm">
                    {c.name}
                  </AnchorLink>
                  <Text size="sm">
                    {formatRate(c.averageRate)} · {c.held} held
                  </Text>
                </Group>
              ))}
            </Stack>
          )
        }
      </WithHome>
    </SectionCard>
  );
}
