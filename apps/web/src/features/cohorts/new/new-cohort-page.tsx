import { Anchor } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { PageHeader } from "../../../components/page-header.tsx";
import { NewCohortForm } from "./new-cohort-form.tsx";

const route = getRouteApi("/app/cohorts/new");

export function NewCohortPage() {
  const { programId } = route.useSearch();
  return (
    <>
      <PageHeader
        title="Schedule a cohort"
        description="One run of a program: its weekly slot, place, seats and facilitators. Its sessions are generated from the schedule."
        back={
          <Anchor component={Link} to="/cohorts" size="sm" w="fit-content">
            <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: "-2px", marginRight: 4 }} />
            Cohorts
          </Anchor>
        }
      />
      <NewCohortForm initialProgramId={programId} />
    </>
  );
}
