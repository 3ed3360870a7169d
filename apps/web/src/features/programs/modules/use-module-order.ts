import { useMutation } from "@tanstack/react-query";
import { useOptimisticOrder } from "../../../components/ordered-list/use-optimistic-order.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useRefresh } from "../../../lib/use-refresh.ts";
import type { ProgramModule } from "../types.ts";

/** The program's modules in the order shown, saved in the background as they move. */
export function useModuleOrder(programId: string, saved: ProgramModule[]) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const reorder = useMutation(trpc.programs.reorderModules.mutationOptions());
  return useOptimisticOrder(saved, {
    save: (moduleIds) => reorder.mutateAsync({ programId, moduleIds }),
    refresh: () => refresh(trpc.programs),
    describe: (module) => module.title,
  });
}
