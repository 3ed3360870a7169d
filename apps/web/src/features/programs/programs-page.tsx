import { Button } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { DataTable } from "../../components/data-table/data-table.tsx";
import type { ListView } from "../../components/data-table/list-state.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { programsColumns } from "./programs-columns.tsx";
import { ProgramsEmpty } from "./programs-empty.tsx";
import { ProgramsFilters } from "./programs-filters.tsx";
import {
  NO_PROGRAM_FILTERS,
  type ProgramFilters,
  type ProgramsSearch,
  programsView,
  toListProgramsInput,
} from "./programs-search.ts";

const route = getRouteApi("/app/programs/");

export function ProgramsPage() {
  const trpc = useTRPC();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const programs = useQuery({
    ...trpc.programs.list.queryOptions(toListProgramsInput(search)),
    placeholderData: keepPreviousData,
  });
  const isAdmin = me.role === "ADMIN";

  const changeView = (change: Partial<ListView>) =>
    void navigate({ search: (previous) => withoutDefaults({ ...previous, ...change } as ProgramsSearch) });
  // A new filter means a new result set: start again at its first page.
  const changeFilters = (filters: ProgramFilters) =>
    void navigate({ search: (previous) => withoutDefaults({ ...previous, ...filters, page: undefined }) });

  return (
    <>
      <PageHeader
        title="Programs"
        description="The group designs your organisation runs. Each cohort is one run of a program."
        actions={
          isAdmin && (
            <Button component={Link} to="/programs/new" leftSection={<IconPlus size={18} aria-hidden />}>
              Create program
            </Button>
          )
        }
      />
      <ProgramsFilters filters={search} onChange={changeFilters} />
      <DataTable
        label="Programs"
        columns={programsColumns}
        page={programs.data}
        view={programsView(search)}
        onViewChange={changeView}
        getRowId={(row) => row.id}
        onRowClick={(row) => void navigate({ to: "/programs/$programId", params: { programId: row.id } })}
        isFetching={programs.isFetching}
        error={programs.error}
        onRetry={() => void programs.refetch()}
        empty={
          <ProgramsEmpty
            filtered={Boolean(search.q || search.groupType)}
            archived={Boolean(search.archived)}
            canCreate={isAdmin}
            onClearFilters={() => changeFilters(NO_PROGRAM_FILTERS)}
          />
        }
      />
    </>
  );
}

/** Keeps the address short: values equal to the default view are left out. */
function withoutDefaults(search: ProgramsSearch): ProgramsSearch {
  return {
    ...search,
    page: search.page === 1 ? undefined : search.page,
    desc: search.desc ? true : undefined,
    archived: search.archived ? true : undefined,
    q: search.q || undefined,
  };
}
