import { EmptyState } from "@mantine/core";
import { IconUsersGroup } from "@tabler/icons-react";
import { useState } from "react";
import { clientPage } from "../../components/data-table/client-page.ts";
import { DataTable } from "../../components/data-table/data-table.tsx";
import { DEFAULT_PAGE_SIZE, type ListView } from "../../lib/list-search/list-search.ts";
import { ROSTER_SORT_VALUES, type RosterSort, rosterColumns } from "./roster-columns.tsx";
import type { Roster } from "./types.ts";

export function RosterTable({ roster, linkMembers }: { roster: Roster; linkMembers: boolean }) {
  const [view, setView] = useState<ListView<RosterSort>>({ page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: "name", desc: false });
  return (
    <DataTable
      label="Roster"
      columns={rosterColumns(linkMembers)}
      page={clientPage(roster.enrollments, view, ROSTER_SORT_VALUES)}
      view={view}
      onViewChange={(change) => setView((previous) => ({ ...previous, ...change }) as ListView<RosterSort>)}
      getRowId={(row) => row.id}
      minWidth={860}
      empty={
        <EmptyState
          py="lg"
          icon={<IconUsersGroup size={28} aria-hidden />}
          withIndicatorBackground
          title="No one is enrolled yet"
          description="Accepted applicants join from their application once their consent is recorded."
        />
      }
    />
  );
}
