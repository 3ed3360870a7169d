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

// The zone's name changes with daylight saving (EDT, EST): use the one in force now, or at the
// start for a cohort that has not begun.
function zoneNow({ timeZone, startDate }: Schedule): string {
  return zoneAbbreviation(timeZone, new Date(Math.max(Date.now(), startDate.getTime())));
}

/** "Tuesdays at 18:30 EST": the weekly slot as the cohort's room keeps it. */
export function scheduleInWords(schedule: Schedule): string {
  return `${weekdayName(schedule.weekday)}s at ${schedule.startTime} ${zoneNow(schedule)}`;
}

/** "Tue 18:30 EST": the same, for a table cell. */
export function scheduleShort(schedule: Schedule): string {
  return `${weekdayName(schedule.weekday).slice(0, 3)} ${schedule.startTime} ${zoneNow(schedule)}`;
}
