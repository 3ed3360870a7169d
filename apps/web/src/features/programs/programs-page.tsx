import { Button } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { DataTable } from "../../components/data-table/data-table.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { useListSearch } from "../../lib/list-search/use-list-search.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { programsColumns } from "./programs-columns.tsx";
import { ProgramsEmpty } from "./programs-empty.tsx";
import { ProgramsFilters } from "./programs-filters.tsx";
import { programsList, toListProgramsInput } from "./programs-search.ts";

const route = getRouteApi("/app/programs/");

export function ProgramsPage() {
  const trpc = useTRPC();
  const me = useMe();
  const navigate = route.useNavigate();
  const list = useListSearch(route, programsList);
  const { search } = list;
  const programs = useQuery({
    ...trpc.programs.list.queryOptions(toListProgramsInput(search)),
    placeholderData: keepPreviousData,
  });
  const isAdmin = me.role === "ADMIN";

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
      <ProgramsFilters filters={search} filtered={list.filtered} onChange={list.changeFilters} onClear={list.clearFilters} />
      <DataTable
        label="Programs"
        columns={programsColumns}
        page={programs.data}
        view={list.view}
        onViewChange={list.changeView}
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
            onClearFilters={list.clearFilters}
          />
        }
      />
    </>
  );
}
