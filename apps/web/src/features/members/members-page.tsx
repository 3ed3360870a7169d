import { Group } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { AccessDenied } from "../../components/access-denied.tsx";
import { DataTable } from "../../components/data-table/data-table.tsx";
import type { ListView } from "../../components/data-table/list-state.ts";
import { SearchInput } from "../../components/data-table/search-input.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { isForbidden } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { membersColumns } from "./members-columns.tsx";
import { MembersEmpty } from "./members-empty.tsx";
import { type MembersSearch, membersView, toListMembersInput } from "./members-search.ts";

const route = getRouteApi("/app/members/");

export function MembersPage() {
  const trpc = useTRPC();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const members = useQuery({ ...trpc.members.list.queryOptions(toListMembersInput(search)), placeholderData: keepPreviousData });

  const changeView = (change: Partial<ListView>) =>
    void navigate({ search: (previous) => withoutDefaults({ ...previous, ...change } as MembersSearch) });
  const changeSearch = (q: string | undefined) =>
    void navigate({ search: (previous) => withoutDefaults({ ...previous, q, page: undefined }) });

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
            value={search.q ?? ""}
            onSearch={(q) => changeSearch(q.trim() || undefined)}
          />
        </div>
      </Group>
      <DataTable
        label="Members"
        columns={membersColumns}
        page={members.data}
        view={membersView(search)}
        onViewChange={changeView}
        getRowId={(row) => row.id}
        onRowClick={(row) => void navigate({ to: "/members/$memberId", params: { memberId: row.id } })}
        isFetching={members.isFetching}
        error={members.error}
        onRetry={() => void members.refetch()}
        empty={<MembersEmpty filtered={Boolean(search.q)} onClearSearch={() => changeSearch(undefined)} />}
      />
    </>
  );
}

/** Keeps the address short: values equal to the default view are left out. */
function withoutDefaults(search: MembersSearch): MembersSearch {
  return {
    ...search,
    page: search.page === 1 ? undefined : search.page,
    desc: search.desc ? true : undefined,
    q: search.q || undefined,
  };
}
