import { localIsoDay } from "../../lib/calendar-days.ts";

const DAY = 86_400_000;

/**
 * Calendar days since a moment, both days read in one zone (the organisation's): an application
 * of yesterday evening has waited 1 day this morning, whoever looks and wherever they are.
 */
export function daysSince(moment: Date, timeZone: string, now = new Date()): number {
  const from = Date.parse(`${localIsoDay(moment, timeZone)}T00:00:00Z`);
  const to = Date.parse(`${localIsoDay(now, timeZone)}T00:00:00Z`);
  return Math.max(0, Math.round((to - from) / DAY));
}

export function waitingLabel(moment: Date, timeZone: string, now = new Date()): string {
  const days = daysSince(moment, timeZone, now);
  if (days === 0) return "Today";
  return days === 1 ? "1 day" : `${days} days`;
}
