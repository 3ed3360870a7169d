import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";

/** A program's cohorts for a picker, newest first; nothing is asked until a program is chosen. */
export function useCohortOptions(programId: string | undefined) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.cohorts.list.queryOptions({ programId, page: 1, pageSize: 100, sort: "startDate", desc: true }),
    enabled: Boolean(programId),
    select: (page) => page.rows,
  });
}
