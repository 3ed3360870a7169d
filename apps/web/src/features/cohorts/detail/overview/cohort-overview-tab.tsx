import { SimpleGrid } from "@mantine/core";
import { useMe } from "../../../../lib/session/use-me.ts";
import { useCohort } from "../cohort-context.ts";
import { EnrollmentCard } from "./enrollment-card.tsx";
import { FacilitatorsSummaryCard } from "./facilitators-summary-card.tsx";
import { ScheduleCard } from "./schedule-card.tsx";
import { StatusCard } from "./status-card.tsx";

export function CohortOverviewTab() {
  const cohort = useCohort();
  const me = useMe();
  const isAdmin = me.role === "ADMIN";
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <StatusCard cohort={cohort} canDecide={isAdmin} />
      <EnrollmentCard cohort={cohort} />
      <ScheduleCard cohort={cohort} canEdit={isAdmin} />
      <FacilitatorsSummaryCard cohort={cohort} />
    </SimpleGrid>
  );
}
