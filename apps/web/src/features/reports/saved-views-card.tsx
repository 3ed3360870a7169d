import { ActionIcon, Button, Skeleton, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArrowRight, IconTrash } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { AnchorLink } from "../../components/anchor-link.tsx";
import { CompactTable } from "../../components/compact-table.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { errorMessage } from "../../lib/api-error.ts";
import { useCommand } from "../../lib/forms/use-command.ts";
import { type TrpcOptions, useTRPC } from "../../lib/trpc.ts";
import { formatPeriod } from "./report-format.ts";
import { reportPage } from "./report-kinds.ts";
import { searchOf } from "./report-search.ts";
import type { SavedView } from "./types.ts";

/** The home page's saved reports: each re-runs with its filters in one click. */
export const savedViewsQuery = (trpc: TrpcOptions) => trpc.reports.savedViews.queryOptions();

export function SavedViewsCard() {
  const trpc = useTRPC();
  const views = useQuery(savedViewsQuery(trpc));
  return (
    <SectionCard
      title="Saved reports"
      actions={
        <Button component={Link} to="/reports" variant="subtle" size="xs" rightSection={<IconArrowRight size={14} aria-hidden />}>
          All reports
        </Button>
      }
    >
      {views.error ? (
        <ErrorState error={views.error} onRetry={() => void views.refetch()} />
      ) : !views.data ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading saved reports">
          <Skeleton height={16} />
          <Skeleton height={16} width="70%" />
        </Stack>
      ) : views.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Filter a report and choose “Save view”: it appears here, ready to run again.
        </Text>
      ) : (
        <CompactTable label="Saved reports" headers={["View", "Report", "Period", ""]} minWidth={420}>
          {views.data.map((view) => (
            <SavedViewRow key={view.id} view={view} />
          ))}
        </CompactTable>
      )}
    </SectionCard>
  );
}

function SavedViewRow({ view }: { view: SavedView }) {
  const trpc = useTRPC();
  const page = reportPage(view.report);
  const { run: remove, mutation: removal } = useCommand({
    mutation: trpc.reports.removeView.mutationOptions(),
    invalidates: [trpc.reports],
  });
  return (
    <Table.Tr>
      <Table.Td>
        <AnchorLink to={page.to} search={searchOf(view.filters)} fw={600} size="sm">
          {view.name}
        </AnchorLink>
      </Table.Td>
      <Table.Td>{page.label}</Table.Td>
      <Table.Td>{formatPeriod(view.filters.from, view.filters.to)}</Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Remove the saved view ${view.name}`}
          loading={removal.isPending}
          onClick={() =>
            remove(
              { viewId: view.id },
              { onError: (error) => notifications.show({ color: "red", message: errorMessage(error) }) },
            )
          }
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}
