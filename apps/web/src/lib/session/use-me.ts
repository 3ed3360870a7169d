import { useQuery } from "@tanstack/react-query";
import { useRouteContext } from "@tanstack/react-router";
import { useTRPC } from "../trpc.ts";

/**
 * The signed-in person inside the signed-in layout. The layout's guard already loaded it;
 * the live query keeps name and role fresh after edits, the guard's copy covers sign-out.
 */
export function useMe() {
  const trpc = useTRPC();
  const fromGuard = useRouteContext({ from: "/app", select: (context) => context.me });
  const { data } = useQuery(trpc.auth.me.queryOptions());
  return data ?? fromGuard;
}
