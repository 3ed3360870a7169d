import { formatIsoDay } from "../../lib/calendar-days.ts";

const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return whole.format(value);
}

export function formatHours(value: number): string {
  return oneDecimal.format(value);
}

/** A rate as "77.8%", or a dash when nothing was expected (shown the same way in the CSV: empty). */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${oneDecimal.format(Math.round(rate * 1000) / 10)}%`;
}

export function formatDays(days: number | null): string {
  return days === null ? "—" : `${oneDecimal.format(days)} days`;
}

/** "Jan 1, 2026 – Mar 31, 2026" for a period's two YYYY-MM-DD days. */
export function formatPeriod(from: string, to: string): string {
  return `${formatIsoDay(from)} – ${formatIsoDay(to)}`;
}
