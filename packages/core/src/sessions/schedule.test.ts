import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import { localDateOf, localDaysBetween, planWeeklySessions, shiftByDays, shiftByWeeks, type WeeklySchedule } from "./schedule.ts";

const thursdays: WeeklySchedule = {
  startDate: "2026-10-15",
  weekday: 4,
  startTime: "18:30",
  timeZone: "America/New_York",
  count: 8,
};

const dates = (schedule: WeeklySchedule) => planWeeklySessions(schedule).map((s) => s.localDate);
const instants = (schedule: WeeklySchedule) => planWeeklySessions(schedule).map((s) => s.startsAt.toISOString());

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected an AppError, but nothing was thrown");
}

describe("planWeeklySessions", () => {
  it("plans exactly `count` sessions, numbered from 1", () => {
    const sessions = planWeeklySessions(thursdays);
    expect(sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(planWeeklySessions({ ...thursdays, count: 1 })).toHaveLength(1);
    expect(planWeeklySessions({ ...thursdays, count: 12 })).toHaveLength(12);
  });

  it("starts on the start date when it falls on the weekday", () => {
    expect(dates(thursdays)[0]).toBe("2026-10-15");
  });

  it("starts on the first matching weekday after the start date otherwise", () => {
    // Wednesday → the next day; Friday → six days later; Monday with Sunday sessions → Sunday.
    expect(dates({ ...thursdays, startDate: "2026-10-14" })[0]).toBe("2026-10-15");
    expect(dates({ ...thursdays, startDate: "2026-10-16" })[0]).toBe("2026-10-22");
    expect(dates({ ...thursdays, startDate: "2026-10-12", weekday: 7 })[0]).toBe("2026-10-18");
    expect(dates({ ...thursdays, startDate: "2026-10-18", weekday: 1 })[0]).toBe("2026-10-19");
  });

  it("spaces sessions one week apart", () => {
    expect(dates(thursdays)).toEqual([
      "2026-10-15",
      "2026-10-22",
      "2026-10-29",
      "2026-11-05",
      "2026-11-12",
      "2026-11-19",
      "2026-11-26",
      "2026-12-03",
    ]);
  });

  it("a skipped date pushes the rest of the sequence a week later, keeping the count", () => {
    const sessions = planWeeklySessions({ ...thursdays, skipDates: ["2026-11-26"] });
    expect(sessions.map((s) => s.localDate)).toEqual([
      "2026-10-15",
      "2026-10-22",
      "2026-10-29",
      "2026-11-05",
      "2026-11-12",
      "2026-11-19",
      "2026-12-03",
      "2026-12-10",
    ]);
    expect(sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("skipping the first date starts a week later; consecutive skips push further", () => {
    expect(dates({ ...thursdays, count: 3, skipDates: ["2026-10-15"] })).toEqual(["2026-10-22", "2026-10-29", "2026-11-05"]);
    expect(dates({ ...thursdays, count: 3, skipDates: ["2026-10-22", "2026-10-29"] })).toEqual([
      "2026-10-15",
      "2026-11-05",
      "2026-11-12",
    ]);
  });

  it("ignores skip dates that are not session dates", () => {
    expect(dates({ ...thursdays, skipDates: ["2026-10-16", "2027-06-03"] })).toEqual(dates(thursdays));
  });

  it("keeps 18:30 New York time across the end of daylight saving (2026-11-01): 22:30Z before, 23:30Z after", () => {
    expect(instants(thursdays)).toEqual([
      "2026-10-15T22:30:00.000Z",
      "2026-10-22T22:30:00.000Z",
      "2026-10-29T22:30:00.000Z",
      "2026-11-05T23:30:00.000Z",
      "2026-11-12T23:30:00.000Z",
      "2026-11-19T23:30:00.000Z",
      "2026-11-26T23:30:00.000Z",
      "2026-12-03T23:30:00.000Z",
    ]);
  });

  it("keeps 19:00 London time across the start of summer time (2027-03-28): 19:00Z before, 18:00Z after", () => {
    const london = { startDate: "2027-03-09", weekday: 2, startTime: "19:00", timeZone: "Europe/London", count: 6 };
    expect(instants(london)).toEqual([
      "2027-03-09T19:00:00.000Z",
      "2027-03-16T19:00:00.000Z",
      "2027-03-23T19:00:00.000Z",
      "2027-03-30T18:00:00.000Z",
      "2027-04-06T18:00:00.000Z",
      "2027-04-13T18:00:00.000Z",
    ]);
    // A Sunday group meeting on the very day the clocks change.
    expect(instants({ ...london, startDate: "2027-03-21", weekday: 7, startTime: "10:00", count: 2 })).toEqual([
      "2027-03-21T10:00:00.000Z",
      "2027-03-28T09:00:00.000Z",
    ]);
  });

  it("gives the cohort-local date even when the UTC date differs", () => {
    const late = planWeeklySessions({ ...thursdays, startTime: "21:00", count: 1 })[0];
    expect(late?.localDate).toBe("2026-10-15");
    expect(late?.startsAt.toISOString()).toBe("2026-10-16T01:00:00.000Z");
  });

  it("refuses an unknown time zone, naming timeZone", () => {
    const error = refusal(() => planWeeklySessions({ ...thursdays, timeZone: "Mars/Olympus_Mons" }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", field: "timeZone" });
    expect(error.message).toContain("Mars/Olympus_Mons");
  });

  it.each(["6:30", "6:30pm", "18.30", "25:00", "18:60", ""])("refuses the time %j, naming startTime", (startTime) => {
    expect(refusal(() => planWeeklySessions({ ...thursdays, startTime }))).toMatchObject({
      code: "BAD_REQUEST",
      field: "startTime",
    });
  });

  it("refuses an impossible start date, naming startDate", () => {
    expect(refusal(() => planWeeklySessions({ ...thursdays, startDate: "2026-02-30" }))).toMatchObject({
      code: "BAD_REQUEST",
      field: "startDate",
    });
  });
});

describe("moving sessions in local time", () => {
  const ny = "America/New_York";
  const beforeChange = new Date("2026-10-29T22:30:00Z"); // Thursday 18:30 EDT

  it("shiftByWeeks keeps the local time across a daylight-saving change", () => {
    expect(shiftByWeeks(beforeChange, 1, ny).toISOString()).toBe("2026-11-05T23:30:00.000Z");
    expect(shiftByWeeks(new Date("2026-11-05T23:30:00Z"), -1, ny).toISOString()).toBe("2026-10-29T22:30:00.000Z");
  });

  it("shiftByDays keeps the local time across a daylight-saving change", () => {
    expect(shiftByDays(beforeChange, 4, ny).toISOString()).toBe("2026-11-02T23:30:00.000Z");
    expect(localDateOf(shiftByDays(beforeChange, 4, ny), ny)).toBe("2026-11-02");
  });

  it("localDaysBetween counts local calendar days, not 24-hour periods", () => {
    // 23:30 one evening to 00:30 the next morning is one calendar day, though one hour apart.
    expect(localDaysBetween(new Date("2026-10-16T03:30:00Z"), new Date("2026-10-16T04:30:00Z"), ny)).toBe(1);
    expect(localDaysBetween(beforeChange, new Date("2026-11-05T23:30:00Z"), ny)).toBe(7);
    expect(localDaysBetween(new Date("2026-11-05T23:30:00Z"), beforeChange, ny)).toBe(-7);
  });
});

describe("localDateOf", () => {
  it("gives the date on the cohort's wall calendar, on either side of UTC's midnight", () => {
    const instant = new Date("2026-12-31T23:30:00Z");
    expect(localDateOf(instant, "UTC")).toBe("2026-12-31");
    expect(localDateOf(instant, "Pacific/Auckland")).toBe("2027-01-01");
    expect(localDateOf(new Date("2027-01-01T02:00:00Z"), "America/Los_Angeles")).toBe("2026-12-31");
    expect(localDateOf(new Date("2026-03-08T07:59:00Z"), "America/New_York")).toBe("2026-03-08");
  });
});
