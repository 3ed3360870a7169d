import { localIsoDay } from "./calendar-days.ts";
import { organisationTimeZone } from "./organisation-zone.ts";

// Times that belong to no cohort (when an application came in, who changed what) are read in the
// organisation's time zone (Settings), and a time of day carries the zone's name ("2:15 PM EST"),
// so nobody has to guess whose clock it is. Session times use their cohort's zone (below).

export function formatDate(value: Date | null | undefined, fallback = "—"): string {
  return value ? inZone(organisationTimeZone(), { year: "numeric", month: "short", day: "numeric" }).format(value) : fallback;
}

export function formatDateTime(value: Date | null | undefined, fallback = "—"): string {
  if (!value) return fallback;
  return inZone(organisationTimeZone(), {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(value);
}

/** For table cells: the year only when it is not this one, so the column stays narrow. */
export function formatRecent(value: Date | null | undefined, fallback = "—"): string {
  if (!value) return fallback;
  const zone = organisationTimeZone();
  if (localIsoDay(value, zone).slice(0, 4) !== localIsoDay(new Date(), zone).slice(0, 4)) return formatDate(value);
  return inZone(zone, { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" }).format(
    value,
  );
}

// Date-only values (licence expiry) are stored at UTC midnight; show that calendar day everywhere.
const calendarDayFormat = new Intl.DateTimeFormat(undefined, {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

export function formatCalendarDay(value: Date | null | undefined, fallback = "—"): string {
  return value ? calendarDayFormat.format(value) : fallback;
}

/** The YYYY-MM-DD a date-only value stands for, as forms and the API exchange it. */
export function toIsoDay(value: Date | null | undefined): string {
  return value ? value.toISOString().slice(0, 10) : "";
}

// Session times are instants (UTC); people read them in the cohort's own time zone, with its
// abbreviation, so a facilitator travelling or an admin elsewhere still sees the room's clock.
const zonedFormats = new Map<string, Intl.DateTimeFormat>();

function inZone(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let format = zonedFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { ...options, timeZone });
    zonedFormats.set(key, format);
  }
  return format;
}

/** "Tue, Mar 3, 2026, 6:30 PM EST": a session's start in its cohort's time zone. */
export function formatSessionStart(value: Date, timeZone: string): string {
  return inZone(timeZone, {
    weekday: "short",
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(value);
}

/** "Tue, Mar 3, 2026": the session's day in its cohort's time zone. */
export function formatSessionDay(value: Date, timeZone: string): string {
  return inZone(timeZone, { weekday: "short", year: "numeric", month: "short", day: "numeric" }).format(value);
}

/** "6:30 PM EST": the session's clock time in its cohort's time zone. */
export function formatSessionTime(value: Date, timeZone: string): string {
  return inZone(timeZone, { hour: "numeric", minute: "2-digit", timeZoneName: "short" }).format(value);
}

/** "EST", "GMT+2": what the zone is called at that instant (it changes with daylight saving). */
export function zoneAbbreviation(timeZone: string, at: Date = new Date()): string {
  const parts = inZone(timeZone, { timeZoneName: "short" }).formatToParts(at);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}
