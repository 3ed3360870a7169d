import { ActionIcon, Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { ErrorState } from "../../components/error-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { addDays, formatWeekRange, mondayOf, todayIsoDay } from "../../lib/calendar-days.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { browserTimeZone } from "../../lib/time-zones.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { groupByLocalDay } from "./week-days.ts";
import { WeekFiltersBar } from "./week-filters.tsx";
import { WeekGrid } from "./week-grid.tsx";
import { WeekInterviews } from "./week-interviews.tsx";
import { hasWeekFilters, NO_WEEK_FILTERS, type WeekFilters, type WeekSearch } from "./week-search.ts";

const route = getRouteApi("/app/sessions");

const DESCRIPTIONS = {
  ADMIN: "Every cohort's sessions, Monday to Sunday, each at its own local time.",
  FACILITATOR: "The sessions of the cohorts you facilitate, Monday to Sunday, each at its cohort's local time.",
  STAFF: "Every cohort's sessions, Monday to Sunday, each at its own local time.",
} as const;

export function WeekPage() {
  const trpc = useTRPC();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const today = todayIsoDay();
  const monday = mondayOf(search.weekOf ?? today);
  const thisWeek = monday === mondayOf(today);
  const week = useQuery({
    ...trpc.sessions.week.queryOptions({
      weekOf: monday,
      // Monday to Sunday where the viewer is, so a Sunday-evening session stays in its week.
      timeZone: browserTimeZone(),
      facilitatorId: search.facilitatorId,
      programId: search.programId,
      location: search.location,
    }),
    placeholderData: keepPreviousData,
  });

  const goToWeek = (weekOf: string | undefined) =>
    void navigate({
      search: (previous: WeekSearch) => ({ ...previous, weekOf: weekOf === mondayOf(today) ? undefined : weekOf }),
    });
  const changeFilters = (filters: WeekFilters) =>
    void navigate({ search: (previous: WeekSearch) => ({ ...previous, ...filters }) });
  const weekLabel = formatWeekRange(monday);

  return (
    <>
      <PageHeader title="Sessions" description={DESCRIPTIONS[me.role]} />
      <Stack gap="md">
        <Group gap="xs" wrap="nowrap" role="group" aria-label="Week">
          <ActionIcon variant="default" size="lg" aria-label="Previous week" onClick={() => goToWeek(addDays(monday, -7))}>
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <Button variant="default" onClick={() => goToWeek(undefined)} disabled={thisWeek}>
            This week
          </Button>
          <ActionIcon variant="default" size="lg" aria-label="Next week" onClick={() => goToWeek(addDays(monday, 7))}>
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
          <Title order={2} fz="h4" ml="xs" aria-live="polite">
            {weekLabel}
          </Title>
        </Group>
        <WeekFiltersBar filters={search} onChange={changeFilters} />

        {week.error && !week.data ? (
          <ErrorState title="This week's sessions could not be loaded" error={week.error} onRetry={() => void week.refetch()} />
        ) : !week.data ? (
          <Skeleton height={320} aria-label="Loading the week" />
        ) : (
          <div aria-busy={week.isFetching} style={{ opacity: week.isFetching ? 0.6 : 1, transition: "opacity 150ms" }}>
            {week.data.sessions.length === 0 && (
              <Paper withBorder p="md" mb="md">
                <Text size="sm">
                  {hasWeekFilters(search)
                    ? "No sessions this week match these filters."
                    : me.role === "FACILITATOR"
                      ? "You have no sessions this week."
                      : "No sessions are scheduled this week."}{" "}
                  {hasWeekFilters(search) && (
                    <Button variant="subtle" size="compact-sm" onClick={() => changeFilters(NO_WEEK_FILTERS)}>
                      Clear filters
                    </Button>
                  )}
                </Text>
              </Paper>
            )}
            {week.data.limited && (
              <Alert
                color="yellow"
                variant="light"
                mb="md"
                title={`The first ${week.data.sessions.length} sessions of this week`}
              >
                This week has more sessions than one page shows: the grid holds the earliest ones. Choose a program, a facilitator
                or a location above to see the rest.
              </Alert>
            )}
            <WeekGrid days={groupByLocalDay(monday, week.data.sessions)} today={today} />
            {me.role !== "STAFF" && <WeekInterviews from={week.data.weekStart} to={week.data.weekEnd} />}
          </div>
        )}
      </Stack>
    </>
  );
}
