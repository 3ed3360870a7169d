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
