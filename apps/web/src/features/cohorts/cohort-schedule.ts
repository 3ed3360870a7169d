import { zoneAbbreviation } from "../../lib/format.ts";

const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** ISO weekday (1 = Monday … 7 = Sunday) → "Monday". */
export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday - 1] ?? "";
}

export const WEEKDAY_OPTIONS = WEEKDAY_NAMES.map((label, index) => ({ value: String(index + 1), label }));

interface Schedule {
  weekday: number;
  startTime: string;
  timeZone: string;
  startDate: Date;
}

/** "Tuesdays at 18:30 EST": the weekly slot as the cohort's room keeps it. */
export function scheduleInWords({ weekday, startTime, timeZone, startDate }: Schedule): string {
  return `${weekdayName(weekday)}s at ${startTime} ${zoneAbbreviation(timeZone, startDate)}`;
}

/** "Tue 18:30 EST": the same, for a table cell. */
export function scheduleShort({ weekday, startTime, timeZone, startDate }: Schedule): string {
  return `${weekdayName(weekday).slice(0, 3)} ${startTime} ${zoneAbbreviation(timeZone, startDate)}`;
}
