import type { Role } from "@circle/validators";
import { Button, EmptyState, Group } from "@mantine/core";
import { IconCalendarPlus, IconUsersGroup } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";

interface CohortsEmptyProps {
  filtered: boolean;
  role: Role;
  onClearFilters: () => void;
}

const NOTHING_YET: Record<Role, string> = {
  ADMIN: "A cohort is one run of a program: its dates, place, facilitators and members. Schedule the first one.",
  FACILITATOR:
    "You are not facilitating any cohorts yet. An administrator adds you as lead or co-facilitator when a cohort is set up.",
  STAFF: "No cohorts have been scheduled yet.",
};

export function CohortsEmpty({ filtered, role, onClearFilters }: CohortsEmptyProps) {
  return (
    <EmptyState
      py="xl"
      icon={<IconUsersGroup size={28} aria-hidden />}
      withIndicatorBackground
      title={filtered ? "No cohort matches these filters" : "No cohorts yet"}
      description={filtered ? "Try other filters, or clear them to see every cohort you can reach." : NOTHING_YET[role]}
    >
      <EmptyState.Actions>
        <Group justify="center">
          {filtered && (
            <Button variant="default" onClick={onClearFilters}>
              Clear filters
            </Button>
          )}
          {role === "ADMIN" && !filtered && (
            <Button component={Link} to="/cohorts/new" leftSection={<IconCalendarPlus size={18} aria-hidden />}>
              Schedule a cohort
            </Button>
          )}
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
