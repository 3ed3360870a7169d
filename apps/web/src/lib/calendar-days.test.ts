import { describe, expect, it } from "vitest";
import {
  addDays,
  formatDayHeading,
  formatIsoDay,
  formatWeekRange,
  isIsoDay,
  isoWeekday,
  localClockTime,
  localIsoDay,
  mondayOf,
  startOfToday,
  todayIsoDay,
} from "./calendar-days.ts";

describe("the test zone", () => {
  it("is behind UTC, so a day read as local midnight would slip", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/Chicago");
    expect(new Date("2026-03-01T00:00:00Z").getDate()).toBe(28);
  });
});

describe("calendar-day arithmetic", () => {
  it("accepts real YYYY-MM-DD days only", () => {
    expect(isIsoDay("2026-03-01")).toBe(true);
    expect(isIsoDay("2026-3-1")).toBe(false);
    expect(isIsoDay("2026-13-01")).toBe(false);
    expect(isIsoDay("01/03/2026")).toBe(false);
  });

  it("adds days across month ends and the spring daylight-saving change", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-03-07", 1)).toBe("2026-03-08");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });

  it("numbers weekdays from Monday (1) to Sunday (7) and finds the week's Monday", () => {
    expect(isoWeekday("2026-03-02")).toBe(1);
    expect(isoWeekday("2026-03-08")).toBe(7);
    expect(mondayOf("2026-03-08")).toBe("2026-03-02");
    expect(mondayOf("2026-03-02")).toBe("2026-03-02");
    expect(mondayOf("2026-01-01")).toBe("2025-12-29");
  });
});

describe("days and clocks in a time zone", () => {
  const lateEvening = new Date("2026-03-03T04:30:00Z"); // 10:30 PM on Mar 2 in Chicago

  it("finds the day an instant falls on where the cohort meets", () => {
    expect(localIsoDay(lateEvening, "America/Chicago")).toBe("2026-03-02");
    expect(localIsoDay(lateEvening, "UTC")).toBe("2026-03-03");
    expect(localIsoDay(lateEvening, "Asia/Tokyo")).toBe("2026-03-03");
  });

  it("takes today from the person's own zone, not UTC's", () => {
    expect(todayIsoDay(lateEvening)).toBe("2026-03-02");
    expect(startOfToday(lateEvening).toISOString()).toBe("2026-03-02T06:00:00.000Z");
  });

  it("reads the wall clock in 24-hour time", () => {
    expect(localClockTime(lateEvening, "America/Chicago")).toBe("22:30");
    expect(localClockTime(new Date("2026-03-03T00:05:00Z"), "UTC")).toBe("00:05");
  });
});

describe("day labels", () => {
  it("show the calendar day itself in any browser zone", () => {
    expect(formatIsoDay("2026-03-01")).toBe("Mar 1, 2026");
    expect(formatDayHeading("2026-03-02")).toBe("Monday, Mar 2");
    expect(formatWeekRange("2026-03-02")).toBe("Mar 2 – Mar 8, 2026");
  });
});
