import { useQuery } from "@tanstack/react-query";
import { startOfToday } from "../../lib/calendar-days.ts";
import { useTRPC } from "../../lib/trpc.ts";

/**
 * The signed-in facilitator's sessions from the start of their today for the next week, split
 * into today and the days after. "Today" is the browser's day: where the person is.
 */
export function useMySessions() {
  const trpc = useTRPC();
  const from = startOfToday();
  const tomorrow = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 1);
  const weekEnd = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 7);
  const sessions = useQuery(trpc.sessions.mine.queryOptions({ from }));
  const all = sessions.data ?? [];
  return {
    query: sessions,
    today: all.filter((s) => s.startsAt < tomorrow),
    thisWeek: all.filter((s) => s.startsAt >= tomorrow && s.startsAt < weekEnd),
  };
}
