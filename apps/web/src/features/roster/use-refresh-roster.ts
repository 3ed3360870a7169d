import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";

/** After a waitlist or enrollment change in one cohort: its roster, waitlist, header and member pages. */
export function useRefreshRoster(cohortId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.enrollment.roster.queryKey({ cohortId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.enrollment.waitlist.queryKey({ cohortId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.cohorts.get.queryKey({ cohortId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.members.get.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() }),
    ]);
}
