import { Button } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { DataTable } from "../../components/data-table/data-table.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { useListSearch } from "../../lib/list-search/use-list-search.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ResourceActiveDialog } from "./resource-active-dialog.tsx";
import { EditResourceDialog, NewResourceDialog } from "./resource-form-dialog.tsx";
import { resourcesColumns } from "./resources-columns.tsx";
import { ResourcesEmpty } from "./resources-empty.tsx";
import { ResourcesFilters } from "./resources-filters.tsx";
import { resourcesList, toListResourcesInput } from "./resources-search.ts";
import type { ResourceRow } from "./types.ts";

const route = getRouteApi("/app/resources");

/** The directory, crisis lines always on top; administrators add, edit and archive from here. */
export function ResourcesPage() {
  const trpc = useTRPC();
  const me = useMe();
  const isAdmin = me.role === "ADMIN";
  const list = useListSearch(route, resourcesList);
  const [editing, setEditing] = useState<ResourceRow | "new" | null>(null);
  const [toggling, setToggling] = useState<ResourceRow | null>(null);
  const resources = useQuery({
    ...trpc.resources.list.queryOptions(toListResourcesInput(list.search)),
    placeholderData: keepPreviousData,
  });
  const columns = useMemo(() => resourcesColumns(isAdmin ? { onEdit: setEditing, onSetActive: setToggling } : null), [isAdmin]);

  return (
    <>
      <PageHeader
        title="Resources"
        description="Where members can be referred: crisis lines first, then every service that matches."
        actions={
          isAdmin && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing("new")}>
              Add resource
            </Button>
          )
        }
      />
      <ResourcesFilters
        search={list.search}
        filtered={list.filtered}
        withArchived={isAdmin}
        onChange={list.changeFilters}
        onClear={list.clearFilters}
      />
      <DataTable
        label="Resources"
        columns={columns}
        page={resources.data}
        view={list.view}
        onViewChange={list.changeView}
        getRowId={(row) => row.id}
        isFetching={resources.isFetching}
        error={resources.error}
        onRetry={() => void resources.refetch()}
        minWidth={900}
        empty={<ResourcesEmpty filtered={list.filtered} onClearFilters={list.clearFilters} />}
      />
      {editing === "new" && <NewResourceDialog onClose={() => setEditing(null)} />}
      {editing && editing !== "new" && <EditResourceDialog resource={editing} onClose={() => setEditing(null)} />}
      {toggling && <ResourceActiveDialog resource={toggling} onClose={() => setToggling(null)} />}
    </>
  );
}
