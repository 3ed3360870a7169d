import { Paper, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { ErrorState } from "../../../../components/error-state.tsx";
import { localIsoDay } from "../../../../lib/calendar-days.ts";
import { useMe } from "../../../../lib/session/use-me.ts";
import { timeZoneLabel } from "../../../../lib/time-zones.ts";
import { useTRPC } from "../../../../lib/trpc.ts";
import { useCohort } from "../cohort-context.ts";
import { CancelSessionModal } from "./cancel-session-modal.tsx";
import { MarkHeldModal } from "./mark-held-modal.tsx";
import { RescheduleSessionModal } from "./reschedule-session-modal.tsx";
import type { SessionAction } from "./session-actions.tsx";
import { SessionRow } from "./session-row.tsx";
import classes from "./sessions-table.module.css";

const route = getRouteApi("/app/cohorts/$cohortId/sessions");

/** Every session of the cohort in its own time zone; its facilitators and admins run them from here. */
export function CohortSessionsTab() {
  const trpc = useTRPC();
  const me = useMe();
  const cohort = useCohort();
  const { session: highlightedId } = route.useSearch();
  const sessions = useQuery(trpc.sessions.forCohort.queryOptions({ cohortId: cohort.id }));
  const [open, setOpen] = useState<{ action: SessionAction; sessionId: string } | null>(null);

  const active = cohort.status !== "COMPLETED" && cohort.status !== "CANCELLED";
  const canRun = active && (me.role === "ADMIN" || cohort.facilitators.some((f) => f.user.id === me.id));
  const today = localIsoDay(new Date(), cohort.timeZone);

  // Arriving from the week view or home: bring that session into view.
  useEffect(() => {
    if (highlightedId && sessions.data) document.getElementById(`session-${highlightedId}`)?.scrollIntoView({ block: "center" });
  }, [highlightedId, sessions.data]);

  if (sessions.error)
    return <ErrorState title="The sessions could not be loaded" error={sessions.error} onRetry={() => void sessions.refetch()} />;
  if (!sessions.data) {
    return (
      <Stack gap="xs" aria-busy="true" aria-label="Loading sessions">
        {[0, 1, 2, 3, 4].map((row) => (
          <Skeleton key={row} height={40} />
        ))}
      </Stack>
    );
  }

  const list = sessions.data;
  const current = open && list.find((s) => s.id === open.sessionId);
  const close = () => setOpen(null);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Times are in the cohort's time zone, {timeZoneLabel(cohort.timeZone)}.
        {canRun
          ? " A session can be marked held from its day on."
          : active
            ? ""
            : " The cohort has ended: its sessions no longer change."}
      </Text>
      {list.length === 0 ? (
        <Paper withBorder p="lg">
          <Text size="sm" c="dimmed">
            This cohort has no sessions.
          </Text>
        </Paper>
      ) : (
        <Paper withBorder className={classes.frame} style={{ overflow: "hidden" }}>
          <Table.ScrollContainer minWidth={640} type="native">
            <Table aria-label="Sessions" verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead bg="gray.0">
                <Table.Tr>
                  <Table.Th scope="col">#</Table.Th>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Module</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {canRun ? "Actions" : "History"}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((session) => (
                  <SessionRow
                    key={session.id}
                    session={session}
                    timeZone={cohort.timeZone}
                    canRun={canRun}
                    dayHasCome={localIsoDay(session.startsAt, cohort.timeZone) <= today}
                    highlighted={session.id === highlightedId}
                    onAction={(action) => setOpen({ action, sessionId: session.id })}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {current && open?.action === "hold" && <MarkHeldModal cohort={cohort} session={current} onClose={close} />}
      {current && open?.action === "cancel" && <CancelSessionModal cohort={cohort} session={current} onClose={close} />}
      {current && open?.action === "reschedule" && (
        <RescheduleSessionModal
          cohort={cohort}
          session={current}
          laterCount={list.filter((s) => s.status === "SCHEDULED" && s.startsAt > current.startsAt).length}
          onClose={close}
        />
      )}
    </Stack>
  );
}
