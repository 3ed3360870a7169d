import { Button } from "@mantine/core";
import { IconCalendarWeek } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { SectionCard } from "../../components/section-card.tsx";
import { SessionList } from "./session-list.tsx";
import { useMySessions } from "./use-my-sessions.ts";

/** The facilitator's sessions today, wherever in the day it is. */
export function TodaySessionsCard() {
  const { query, today } = useMySessions();
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
      <SessionList
        label="Sessions today"
        sessions={today}
        loading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty="No sessions today."
      />
    </SectionCard>
  );
}
