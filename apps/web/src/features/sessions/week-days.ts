import { addDays, localIsoDay } from "../../lib/calendar-days.ts";
import type { SessionWithCohort } from "./types.ts";

export interface WeekDay {
  date: string;
  sessions: SessionWithCohort[];
  /** sessions whose local day falls outside the week's seven days (a far-off zone), shown with their date */
  outside: Set<string>;
}

/**
 * The seven days from Monday, each with the sessions held on it in their cohort's own zone.
 * A session the server counts in this week but whose local day is just outside it sits on the
 * nearest edge day, marked so its card shows its own date.
 */
export function groupByLocalDay(monday: string, sessions: SessionWithCohort[]): WeekDay[] {
  const days: WeekDay[] = Array.from({ length: 7 }, (_, i) => ({ date: addDays(monday, i), sessions: [], outside: new Set() }));
  const first = days[0] as WeekDay;
  const last = days[6] as WeekDay;
  for (const session of sessions) {
    const local = localIsoDay(session.startsAt, session.cohort.timeZone);
    const day = days.find((d) => d.date === local) ?? (local < first.date ? first : last);
    day.sessions.push(session);
    if (day.date !== local) day.outside.add(session.id);
  }
  return days;
}
