import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";

/** After a change to one person: their page, every people list and count, and (if it is me) my header. */
export function useRefreshPerson(userId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.users.get.queryKey({ userId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.auth.profile.queryKey() }),
    ]);
}
