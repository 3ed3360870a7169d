import { Group } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { AccessDenied } from "../../components/access-denied.tsx";
import { DataTable } from "../../components/data-table/data-table.tsx";
import { SearchInput } from "../../components/data-table/search-input.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { isForbidden } from "../../lib/api-error.ts";
import { useListSearch } from "../../lib/list-search/use-list-search.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { membersColumns } from "./members-columns.tsx";
import { MembersEmpty } from "./members-empty.tsx";
import { membersList, toListMembersInput } from "./members-search.ts";

const route = getRouteApi("/app/members/");

export function MembersPage() {
  const trpc = useTRPC();
  const me = useMe();
  const navigate = route.useNavigate();
  const list = useListSearch(route, membersList);
  const members = useQuery({
    ...trpc.members.list.queryOptions(toListMembersInput(list.search)),
    placeholderData: keepPreviousData,
  });

  if (isForbidden(members.error)) return <AccessDenied />;

  return (
    <>
      <PageHeader
        title="Members"
        description={
          me.role === "ADMIN"
            ? "Everyone who has applied to or joined a program."
            : "The members of the cohorts you facilitate, and the people applying to them."
        }
      />
      <Group mb="md">
        <div style={{ flex: "1 1 260px", maxWidth: 420 }}>
          <SearchInput
            label="Search"
            placeholder="Name or email"
            value={list.search.q ?? ""}
            onSearch={(q) => list.changeFilters({ q: q.trim() || undefined })}
          />
        </div>
      </Group>
      <DataTable
        label="Members"
        columns={membersColumns}
        page={members.data}
        view={list.view}
        onViewChange={list.changeView}
        getRowId={(row) => row.id}
        onRowClick={(row) => void navigate({ to: "/members/$memberId", params: { memberId: row.id } })}
        isFetching={members.isFetching}
        error={members.error}
        onRetry={() => void members.refetch()}
        empty={<MembersEmpty filtered={list.filtered} onClearSearch={list.clearFilters} />}
      />
    </>
  );
}
