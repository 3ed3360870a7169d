import type { Role } from "@circle/validators";
import { Button } from "@mantine/core";
import { IconCalendarPlus, IconUsersGroup } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { ListEmpty } from "../../components/data-table/list-empty.tsx";

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
    <ListEmpty
      icon={<IconUsersGroup size={28} aria-hidden />}
      title={filtered ? "No cohort matches these filters" : "No cohorts yet"}
      description={filtered ? "Try other filters, or clear them to see every cohort you can reach." : NOTHING_YET[role]}
      filtered={filtered}
      onClearFilters={onClearFilters}
      action={
        role === "ADMIN" &&
        !filtered && (
          <Button component={Link} to="/cohorts/new" leftSection={<IconCalendarPlus size={18} aria-hidden />}>
            Schedule a cohort
          </Button>
        )
      }
    />
  );
}
