/** The browser's own IANA zone: the default for a new cohort. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

let cached: string[] | undefined;

/** Every IANA zone the browser knows, with UTC and the browser's own zone always present. */
export function timeZoneNames(): string[] {
  if (!cached) {
    const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    cached = [...new Set([...known, "UTC", browserTimeZone()])].sort((a, b) => a.localeCompare(b));
  }
  return cached;
}

/** "America/New_York" reads better as "America / New York" in a picker. */
export function timeZoneLabel(zone: string): string {
  return zone.replaceAll("_", " ").replaceAll("/", " / ");
}
