import { Button } from "@mantine/core";
import { IconUserPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { AccessDenied } from "../../components/access-denied.tsx";
import { DataTable } from "../../components/data-table/data-table.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { isForbidden } from "../../lib/api-error.ts";
import { useListSearch } from "../../lib/list-search/use-list-search.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { peopleColumns } from "./people-columns.tsx";
import { PeopleEmpty } from "./people-empty.tsx";
import { PeopleFilters } from "./people-filters.tsx";
import { peopleList, toListUsersInput } from "./people-search.ts";

const route = getRouteApi("/app/people/");

export function PeoplePage() {
  const trpc = useTRPC();
  const navigate = route.useNavigate();
  const list = useListSearch(route, peopleList);
  const people = useQuery({ ...trpc.users.list.queryOptions(toListUsersInput(list.search)), placeholderData: keepPreviousData });

  if (isForbidden(people.error)) return <AccessDenied />;
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
      <PeopleFilters search={list.search} filtered={list.filtered} onChange={list.changeFilters} onClear={list.clearFilters} />
      <DataTable
        label="People"
        columns={peopleColumns}
        page={people.data}
        view={list.view}
        onViewChange={list.changeView}
        getRowId={(row) => row.id}
        onRowClick={(row) => void navigate({ to: "/people/$userId", params: { userId: row.id } })}
        isFetching={people.isFetching}
        error={people.error}
        onRetry={() => void people.refetch()}
        empty={<PeopleEmpty filtered={list.filtered} onClearFilters={list.clearFilters} />}
      />
    </>
  );
}
