import { Button } from "@mantine/core";
import { IconUserPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { AccessDenied } from "../../components/access-denied.tsx";
import { DataTable } from "../../components/data-table/data-table.tsx";
import type { ListView } from "../../components/data-table/list-state.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { isForbidden } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { peopleColumns } from "./people-columns.tsx";
import { PeopleEmpty } from "./people-empty.tsx";
import { PeopleFilters } from "./people-filters.tsx";
import { type PeopleSearch, peopleView, toListUsersInput } from "./people-search.ts";

const route = getRouteApi("/app/people/");

export function PeoplePage() {
  const trpc = useTRPC();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const people = useQuery({ ...trpc.users.list.queryOptions(toListUsersInput(search)), placeholderData: keepPreviousData });

  const changeView = (change: Partial<ListView>) =>
    void navigate({ search: (previous) => withoutDefaults({ ...previous, ...change } as PeopleSearch) });
  // A new filter means a new result set: start again at its first page.
  const changeFilters = (filters: Pick<PeopleSearch, "q" | "role" | "status">) =>
    void navigate({ search: (previous) => withoutDefaults({ ...previous, ...filters, page: undefined }) });

  if (isForbidden(people.error)) return <AccessDenied />;

  const filtered = Boolean(search.q || search.role || search.status);
  return (
    <>
      <PageHeader
        title="People"
        description="Everyone who can sign in to Circle: administrators, facilitators and staff."
        actions={
          <Button component={Link} to="/people/new" leftSection={<IconUserPlus size={18} aria-hidden />}>
            Create person
          </Button>
        }
      />
      <PeopleFilters search={search} onChange={changeFilters} />
      <DataTable
        label="People"
        columns={peopleColumns}
        page={people.data}
        view={peopleView(search)}
        onViewChange={changeView}
        getRowId={(row) => row.id}
        onRowClick={(row) => void navigate({ to: "/people/$userId", params: { userId: row.id } })}
        isFetching={people.isFetching}
        error={people.error}
        onRetry={() => void people.refetch()}
        empty={
          <PeopleEmpty
            filtered={filtered}
            onClearFilters={() => changeFilters({ q: undefined, role: undefined, status: undefined })}
          />
        }
      />
    </>
  );
}

/** Keeps the address short: values equal to the default view are left out. */
function withoutDefaults(search: PeopleSearch): PeopleSearch {
  return {
    ...search,
    page: search.page === 1 ? undefined : search.page,
    desc: search.desc ? true : undefined,
    q: search.q || undefined,
  };
}
