import { Button } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { DataTable } from "../../components/data-table/data-table.tsx";
import type { ListView } from "../../components/data-table/list-state.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { cohortsColumns } from "./cohorts-columns.tsx";
import { CohortsEmpty } from "./cohorts-empty.tsx";
import { CohortsFilters } from "./cohorts-filters.tsx";
import {
  type CohortFilters,
  type CohortsSearch,
  cohortsView,
  hasCohortFilters,
  NO_COHORT_FILTERS,
  toListCohortsInput,
} from "./cohorts-search.ts";

const route = getRouteApi("/app/cohorts/");

const DESCRIPTIONS = {
  ADMIN: "Every run of every program: schedule, status, facilitators and enrollment.",
  FACILITATOR: "The cohorts you lead or co-facilitate.",
  STAFF: "Every cohort, to read: schedule, status and enrollment.",
} as const;

export function CohortsPage() {
  const trpc = useTRPC();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const cohorts = useQuery({ ...trpc.cohorts.list.queryOptions(toListCohortsInput(search)), placeholderData: keepPreviousData });

  const changeView = (change: Partial<ListView>) =>
    void navigate({ search: (previous) => withoutDefaults({ ...previous, ...change } as CohortsSearch) });
  // A new filter means a new result set: start again at its first page.
  const changeFilters = (filters: CohortFilters) =>
    void navigate({ search: (previous) => withoutDefaults({ ...previous, ...filters, page: undefined }) });

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
      <CohortsFilters filters={search} onChange={changeFilters} />
      <DataTable
        label="Cohorts"
        columns={cohortsColumns}
        page={cohorts.data}
        view={cohortsView(search)}
        onViewChange={changeView}
        getRowId={(row) => row.id}
        onRowClick={(row) => void navigate({ to: "/cohorts/$cohortId", params: { cohortId: row.id } })}
        isFetching={cohorts.isFetching}
        error={cohorts.error}
        onRetry={() => void cohorts.refetch()}
        minWidth={820}
        empty={
          <CohortsEmpty
            filtered={hasCohortFilters(search)}
            role={me.role}
            onClearFilters={() => changeFilters(NO_COHORT_FILTERS)}
          />
        }
      />
    </>
  );
}

/** Keeps the address short: values equal to the default view are left out. */
function withoutDefaults(search: CohortsSearch): CohortsSearch {
  return {
    ...search,
    page: search.page === 1 ? undefined : search.page,
    desc: search.desc ? true : undefined,
    q: search.q || undefined,
  };
}
