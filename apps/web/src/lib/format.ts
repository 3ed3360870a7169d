const dateFormat = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
// For table cells: the year only when it is not this one, so the column stays narrow.
const recentFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" });
// Date-only values (licence expiry) are stored at UTC midnight; show that calendar day everywhere.
const calendarDayFormat = new Intl.DateTimeFormat(undefined, {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

export function formatDate(value: Date | null | undefined, fallback = "—"): string {
  return value ? dateFormat.format(value) : fallback;
}

export function formatDateTime(value: Date | null | undefined, fallback = "—"): string {
  return value ? dateTimeFormat.format(value) : fallback;
}

export function formatRecent(value: Date | null | undefined, fallback = "—"): string {
  if (!value) return fallback;
  return value.getFullYear() === new Date().getFullYear() ? recentFormat.format(value) : dateFormat.format(value);
}

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
