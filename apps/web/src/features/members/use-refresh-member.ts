import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";

/** After a change to a member's enrollments or consent: their page, the lists and every roster. */
export function useRefreshMember(memberId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.members.get.queryKey({ memberId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.enrollment.roster.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.enrollment.waitlist.queryKey() }),
    ]);
}
