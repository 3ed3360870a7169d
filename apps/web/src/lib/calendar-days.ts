// Calendar days as the API exchanges them: "YYYY-MM-DD" strings. Arithmetic runs on UTC
// midnights so that no browser time zone or daylight-saving change can shift a day.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDay(value: string): boolean {
  return ISO_DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function utcMidnight(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

export function addDays(isoDay: string, days: number): string {
  const date = utcMidnight(isoDay);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDay: string): number {
  return ((utcMidnight(isoDay).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week (Monday to Sunday) holding this day. */
export function mondayOf(isoDay: string): string {
  return addDays(isoDay, 1 - isoWeekday(isoDay));
}

/** Today's date where the person is (their browser's time zone). */
export function todayIsoDay(now: Date = new Date()): string {
  return localIsoDay(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
}

const dayKeyFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day an instant falls on in a time zone, e.g. a session's day in its cohort's zone. */
export function localIsoDay(value: Date, timeZone: string): string {
  let format = dayKeyFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayKeyFormats.set(timeZone, format);
  }
  const part = (type: string) => format.formatToParts(value).find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The start of the browser's today, as an instant: where "my sessions today" begin. */
export function startOfToday(now: Date = new Date()): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

const dayHeadingFormat = new Intl.DateTimeFormat(undefined, { weekday: "long", month: "short", day: "numeric", timeZone: "UTC" });
const shortDayFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" });
const longDayFormat = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

/** "Monday, Mar 2" for a calendar day. */
export function formatDayHeading(isoDay: string): string {
  return dayHeadingFormat.format(utcMidnight(isoDay));
}

/** "Mar 2 – 8, 2026" style label for the week starting on this Monday. */
export function formatWeekRange(monday: string): string {
  const sunday = addDays(monday, 6);
  return `${shortDayFormat.format(utcMidnight(monday))} – ${longDayFormat.format(utcMidnight(sunday))}`;
}

/** "Mar 2, 2026" for a calendar day. */
export function formatIsoDay(isoDay: string): string {
  return longDayFormat.format(utcMidnight(isoDay));
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time of an instant in a time zone, "HH:MM" (24-hour), as forms exchange it. */
export function localClockTime(value: Date, timeZone: string): string {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    clockFormats.set(timeZone, format);
  }
  const part = (type: string) => format.formatToParts(value).find((p) => p.type === type)?.value ?? "00";
  return `${part("hour")}:${part("minute")}`;
}
