import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";

/** After a change to one application: its page, the queue, the home count and the member's page. */
export function useRefreshApplication(applicationId: string, memberId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.intake.get.queryKey({ applicationId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.intake.queue.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.intake.waiting.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.members.get.queryKey({ memberId }) }),
    ]);
}
