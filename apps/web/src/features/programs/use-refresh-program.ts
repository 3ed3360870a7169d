import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";

/** After a change to one program: its page, the programs table and the pickers that list it. */
export function useRefreshProgram(programId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.programs.get.queryKey({ programId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.programs.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.programs.options.queryKey() }),
    ]);
}
