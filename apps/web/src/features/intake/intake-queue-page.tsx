import { Button } from "@mantine/core";
import { IconClipboardPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { AccessDenied } from "../../components/access-denied.tsx";
import { DataTable } from "../../components/data-table/data-table.tsx";
import type { ListView } from "../../components/data-table/list-state.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { isForbidden } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { intakeColumns } from "./intake-columns.tsx";
import { IntakeEmpty } from "./intake-empty.tsx";
import { IntakeQueueFilters } from "./intake-filters.tsx";
import {
  type IntakeFilters,
  type IntakeSearch,
  intakeView,
  isIntakeFiltered,
  NO_INTAKE_FILTERS,
  toQueueInput,
} from "./intake-search.ts";

const route = getRouteApi("/app/intake/");

export function IntakeQueuePage() {
  const trpc = useTRPC();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queue = useQuery({ ...trpc.intake.queue.queryOptions(toQueueInput(search)), placeholderData: keepPreviousData });

  const changeView = (change: Partial<ListView>) =>
    void navigate({ search: (previous) => withoutDefaults({ ...previous, ...change } as IntakeSearch) });
  // A new filter means a new result set: start again at its first page.
  const changeFilters = (filters: IntakeFilters) =>
    void navigate({ search: (previous) => withoutDefaults({ ...previous, ...filters, page: undefined }) });

  if (isForbidden(queue.error)) return <AccessDenied />;

  return (
    <>
      <PageHeader
        title="Intake"
        description="Applications waiting for a decision, with unacknowledged risk flags always on top. Choose another status to see decided ones."
        actions={
          <Button component={Link} to="/intake/new" leftSection={<IconClipboardPlus size={18} aria-hidden />}>
            Record application
          </Button>
        }
      />
      <IntakeQueueFilters search={search} onChange={changeFilters} />
      <DataTable
        label="Applications"
        columns={intakeColumns}
        page={queue.data}
        view={intakeView(search)}
        onViewChange={changeView}
        getRowId={(row) => row.id}
        onRowClick={(row) => void navigate({ to: "/intake/$applicationId", params: { applicationId: row.id } })}
        isFetching={queue.isFetching}
        error={queue.error}
        onRetry={() => void queue.refetch()}
        minWidth={900}
        empty={<IntakeEmpty filtered={isIntakeFiltered(search)} onClearFilters={() => changeFilters(NO_INTAKE_FILTERS)} />}
      />
    </>
  );
}

/** Keeps the address short: values equal to the default view are left out. */
function withoutDefaults(search: IntakeSearch): IntakeSearch {
  return {
    ...search,
    page: search.page === 1 ? undefined : search.page,
    desc: search.desc ? true : undefined,
    q: search.q || undefined,
  };
}
