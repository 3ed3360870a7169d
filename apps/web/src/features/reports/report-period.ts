import { todayIsoDay } from "../../lib/calendar-days.ts";

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The calendar quarter holding the day, `offset` quarters later (−1: the one before). */
export function quarterOf(isoDay: string, offset = 0): Period {
  const [year = 0, month = 1] = isoDay.split("-").map(Number);
  const index = Math.floor((month - 1) / 3) + offset;
  const startYear = year + Math.floor(index / 4);
  const startMonth = (((index % 4) + 4) % 4) * 3 + 1;
  const end = new Date(Date.UTC(startYear, startMonth + 2, 0));
  return { from: `${startYear}-${pad(startMonth)}-01`, to: end.toISOString().slice(0, 10) };
}

/** Where a report opens: this quarter so far, as funders ask for it. */
export function defaultPeriod(today = todayIsoDay()): Period {
  return quarterOf(today);
}

export interface PeriodPreset extends Period {
  label: string;
}

/** The ranges people ask for most, one click each. */
export function periodPresets(today = todayIsoDay()): PeriodPreset[] {
  const year = today.slice(0, 4);
  return [
    { label: "This quarter", ...quarterOf(today) },
    { label: "Last quarter", ...quarterOf(today, -1) },
    { label: "This year", from: `${year}-01-01`, to: `${year}-12-31` },
    { label: "Last year", from: `${Number(year) - 1}-01-01`, to: `${Number(year) - 1}-12-31` },
  ];
}
