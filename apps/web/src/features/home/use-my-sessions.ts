import { useQuery } from "@tanstack/react-query";
import { startOfToday } from "../../lib/calendar-days.ts";
import { type TrpcOptions, useTRPC } from "../../lib/trpc.ts";

export const mySessionsQuery = (trpc: TrpcOptions, from = startOfToday()) => trpc.sessions.mine.queryOptions({ from });

/**
 * The signed-in facilitator's sessions from the start of their today for the next week, split
 * into today and the days after. "Today" is the browser's day: where the person is.
 */
export function useMySessions() {
  const trpc = useTRPC();
  const from = startOfToday();
  const tomorrow = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 1);
  const weekEnd = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 7);
  const sessions = useQuery(mySessionsQuery(trpc, from));
  const all = sessions.data ?? [];
  return {
    query: sessions,
    today: all.filter((s) => s.startsAt < tomorrow),
    thisWeek: all.filter((s) => s.startsAt >= tomorrow && s.startsAt < weekEnd),
  };
}
