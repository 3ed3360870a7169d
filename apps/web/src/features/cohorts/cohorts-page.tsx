import { Button } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { DataTable } from "../../components/data-table/data-table.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { useListSearch } from "../../lib/list-search/use-list-search.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { cohortsColumns } from "./cohorts-columns.tsx";
import { CohortsEmpty } from "./cohorts-empty.tsx";
import { CohortsFilters } from "./cohorts-filters.tsx";
import { cohortsList, toListCohortsInput } from "./cohorts-search.ts";

const route = getRouteApi("/app/cohorts/");

const DESCRIPTIONS = {
  ADMIN: "Every run of every program: schedule, status, facilitators and enrollment.",
  FACILITATOR: "The cohorts you lead or co-facilitate.",
  STAFF: "Every cohort, to read: schedule, status and enrollment.",
} as const;

export function CohortsPage() {
  const trpc = useTRPC();
  const me = useMe();
  const navigate = route.useNavigate();
  const list = useListSearch(route, cohortsList);
  const cohorts = useQuery({
    ...trpc.cohorts.list.queryOptions(toListCohortsInput(list.search)),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title="Cohorts"
        description={DESCRIPTIONS[me.role]}
        actions={
          me.role === "ADMIN" && (
            <Button component={Link} to="/cohorts/new" leftSection={<IconCalendarPlus size={18} aria-hidden />}>
              Schedule a cohort
            </Button>
          )
        }
      />
      <CohortsFilters filters={list.search} filtered={list.filtered} onChange={list.changeFilters} onClear={list.clearFilters} />
      <DataTable
        label="Cohorts"
        columns={cohortsColumns}
        page={cohorts.data}
        view={list.view}
        onViewChange={list.changeView}
        getRowId={(row) => row.id}
        onRowClick={(row) => void navigate({ to: "/cohorts/$cohortId", params: { cohortId: row.id } })}
        isFetching={cohorts.isFetching}
        error={cohorts.error}
        onRetry={() => void cohorts.refetch()}
        minWidth={820}
        empty={<CohortsEmpty filtered={list.filtered} role={me.role} onClearFilters={list.clearFilters} />}
      />
    </>
  );
}
