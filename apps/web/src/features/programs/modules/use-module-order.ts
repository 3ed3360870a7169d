import { useMutation } from "@tanstack/react-query";
import { useOptimisticOrder } from "../../../components/ordered-list/use-optimistic-order.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { ProgramModule } from "../types.ts";
import { useRefreshProgram } from "../use-refresh-program.ts";

/** The program's modules in the order shown, saved in the background as they move. */
export function useModuleOrder(programId: string, saved: ProgramModule[]) {
  const trpc = useTRPC();
  const refresh = useRefreshProgram(programId);
  const reorder = useMutation(trpc.programs.reorderModules.mutationOptions());
  return useOptimisticOrder(saved, {
    save: (moduleIds) => reorder.mutateAsync({ programId, moduleIds }),
    refresh,
    describe: (module) => module.title,
  });
}
