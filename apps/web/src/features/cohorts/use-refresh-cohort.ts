import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";

/** After a change to one cohort: its page and sessions, every cohort list, the week and home views. */
export function useRefreshCohort(cohortId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.cohorts.get.queryKey({ cohortId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.sessions.forCohort.queryKey({ cohortId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.cohorts.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.cohorts.atRisk.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.sessions.week.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.sessions.mine.queryKey() }),
    ]);
}
