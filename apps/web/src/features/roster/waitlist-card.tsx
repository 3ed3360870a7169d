import { EmptyState, Text } from "@mantine/core";
import { IconHourglass } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { clientPage } from "../../components/data-table/client-page.ts";
import { DataTable } from "../../components/data-table/data-table.tsx";
import { SectionCard } from "../../components/section-card.tsx";
import { DEFAULT_PAGE_SIZE, type ListView } from "../../lib/list-search/list-search.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { Roster } from "./types.ts";
import { waitlistColumns } from "./waitlist-columns.tsx";

const BY_PLACE = { position: (row: { position: number }) => row.position };

/** The people waiting for a seat here, in order, with any open offer and its deadline. */
export function WaitlistCard({ roster, canAct }: { roster: Roster; canAct: boolean }) {
  const trpc = useTRPC();
  const waitlist = useQuery(trpc.enrollment.waitlist.queryOptions({ cohortId: roster.cohortId }));
  const [view, setView] = useState<ListView<"position">>({ page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: "position", desc: false });
  return (
    <SectionCard title="Waitlist">
      <Text size="sm" c="dimmed">
        {roster.locked
          ? "Enrollment is closed: people still waiting move to the program's next cohort."
          : "When a seat frees up, the next person is offered it, with a deadline to answer."}
      </Text>
      <DataTable
        label="Waitlist"
        columns={waitlistColumns(canAct)}
        page={clientPage(waitlist.data, view, BY_PLACE)}
        view={view}
        onViewChange={(change) => setView((previous) => ({ ...previous, ...change }) as ListView<"position">)}
        getRowId={(row) => row.id}
        isFetching={waitlist.isFetching}
        error={waitlist.error}
        onRetry={() => void waitlist.refetch()}
        minWidth={640}
        empty={
          <EmptyState
            py="lg"
            icon={<IconHourglass size={28} aria-hidden />}
            withIndicatorBackground
            title="No one is waiting"
            description="Applicants who are waitlisted for this cohort appear here in order."
          />
        }
      />
    </SectionCard>
  );
}
