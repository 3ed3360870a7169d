import { Button } from "@mantine/core";
import { IconClipboardPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { AccessDenied } from "../../components/access-denied.tsx";
import { DataTable } from "../../components/data-table/data-table.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { isForbidden } from "../../lib/api-error.ts";
import { useListSearch } from "../../lib/list-search/use-list-search.ts";
import { useMe } from "../../lib/session/use-me.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { intakeColumns } from "./intake-columns.tsx";
import { IntakeEmpty } from "./intake-empty.tsx";
import { IntakeQueueFilters } from "./intake-filters.tsx";
import { intakeList, toQueueInput } from "./intake-search.ts";

const route = getRouteApi("/app/intake/");

const DESCRIPTIONS = {
  ADMIN:
    "Applications waiting for a decision, with unacknowledged risk flags always on top. Choose another status to see decided ones.",
  FACILITATOR:
    "Applications to the cohorts you facilitate: interview the applicants and recommend; an administrator decides. Unacknowledged risk flags are always on top.",
  STAFF: "",
} as const;

export function IntakeQueuePage() {
  const trpc = useTRPC();
  const me = useMe();
  const isAdmin = me.role === "ADMIN";
  const navigate = route.useNavigate();
  const list = useListSearch(route, intakeList);
  const queue = useQuery({ ...trpc.intake.queue.queryOptions(toQueueInput(list.search)), placeholderData: keepPreviousData });

  if (isForbidden(queue.error)) return <AccessDenied />;

  return (
    <>
      <PageHeader
        title="Intake"
        description={DESCRIPTIONS[me.role]}
        actions={
          isAdmin && (
            <Button component={Link} to="/intake/new" leftSection={<IconClipboardPlus size={18} aria-hidden />}>
              Record application
            </Button>
          )
        }
      />
      <IntakeQueueFilters
        search={list.search}
        filtered={list.filtered}
        onChange={list.changeFilters}
        onClear={list.clearFilters}
      />
      <DataTable
        label="Applications"
        columns={intakeColumns}
        page={queue.data}
        view={list.view}
        onViewChange={list.changeView}
        getRowId={(row) => row.id}
        onRowClick={(row) => void navigate({ to: "/intake/$applicationId", params: { applicationId: row.id } })}
        isFetching={queue.isFetching}
        error={queue.error}
        onRetry={() => void queue.refetch()}
        minWidth={900}
        empty={<IntakeEmpty filtered={list.filtered} onClearFilters={list.clearFilters} canRecord={isAdmin} />}
      />
    </>
  );
}
