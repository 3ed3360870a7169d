import { DateTime } from "luxon";
import { AppError } from "../errors/app-error.ts";

export interface WeeklySchedule {
  /** first possible date, YYYY-MM-DD, in the cohort's time zone */
  startDate: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  weekday: number;
  /** local wall-clock time, HH:MM */
  startTime: string;
  timeZone: string;
  count: number;
  /** local dates (YYYY-MM-DD) with no session, e.g. holidays; the sequence moves on a week */
  skipDates?: string[];
}

export interface PlannedSession {
  number: number;
  /** the instant, in UTC */
  startsAt: Date;
  /** the cohort-local date, YYYY-MM-DD */
  localDate: string;
}

export function assertTimeZone(timeZone: string): void {
  if (!DateTime.local().setZone(timeZone).isValid) throw AppError.invalid("timeZone", `Unknown time zone "${timeZone}"`);
}

/** Wall-clock date and time in a zone → the UTC instant (DST handled by the zone rules). */
export function zonedInstant(localDate: string, time: string, timeZone: string): DateTime {
  const at = DateTime.fromISO(`${localDate}T${time}`, { zone: timeZone });
  if (!at.isValid) throw AppError.invalid("startTime", `Invalid date or time: ${localDate} ${time}`);
  return at;
}

/**
 * The cohort's sessions: every week on its weekday at the same local time, starting on the
 * first such weekday on or after startDate, skipping the given dates. Because the time is kept
 * in local wall-clock terms, a daylight-saving change keeps sessions at 18:30 local time.
 */
export function planWeeklySessions(schedule: WeeklySchedule): PlannedSession[] {
  assertTimeZone(schedule.timeZone);
  if (!/^\d{2}:\d{2}$/.test(schedule.startTime)) throw AppError.invalid("startTime", "Enter the time as HH:MM");
  const skip = new Set(schedule.skipDates ?? []);
  let day = DateTime.fromISO(schedule.startDate, { zone: schedule.timeZone });
  if (!day.isValid) throw AppError.invalid("startDate", "Enter the start date as YYYY-MM-DD");
  day = day.plus({ days: (schedule.weekday - day.weekday + 7) % 7 });

  const sessions: PlannedSession[] = [];
  // Bounded: a skip list can never make this loop run forever.
  for (let week = 0; sessions.length < schedule.count && week < schedule.count + skip.size + 1; week++) {
    const localDate = day.plus({ weeks: week }).toISODate() as string;
    if (skip.has(localDate)) continue;
    const at = zonedInstant(localDate, schedule.startTime, schedule.timeZone);
    sessions.push({ number: sessions.length + 1, startsAt: at.toUTC().toJSDate(), localDate });
  }
  return sessions;
}

/** Moves an instant by whole weeks in local wall-clock time (so 18:30 stays 18:30 across DST). */
export function shiftByWeeks(instant: Date, weeks: number, timeZone: string): Date {
  return DateTime.fromJSDate(instant, { zone: timeZone }).plus({ weeks }).toUTC().toJSDate();
}

/** Moves an instant by whole days in local wall-clock time. */
export function shiftByDays(instant: Date, days: number, timeZone: string): Date {
  return DateTime.fromJSDate(instant, { zone: timeZone }).plus({ days }).toUTC().toJSDate();
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The cohort-local date of an instant, YYYY-MM-DD. Through Intl directly, one formatter per zone,
 * read from en-US's fixed "MM/DD/YYYY": sheets and progress ask it once per member, and luxon's
 * zone arithmetic took 30 µs a call (this takes 6).
 */
export function localDateOf(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  const us = format.format(instant);
  return `${us.slice(6, 10)}-${us.slice(0, 2)}-${us.slice(3, 5)}`;
}

/** Whole local calendar days between two instants in a zone. */
export function localDaysBetween(from: Date, to: Date, timeZone: string): number {
  const a = DateTime.fromJSDate(from, { zone: timeZone }).startOf("day");
  const b = DateTime.fromJSDate(to, { zone: timeZone }).startOf("day");
  return Math.round(b.diff(a, "days").days);
}
