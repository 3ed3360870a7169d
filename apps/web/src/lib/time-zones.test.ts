import { describe, expect, it } from "vitest";
import { browserTimeZone, timeZoneLabel, timeZoneNames } from "./time-zones.ts";

describe("time zones", () => {
  it("default a new cohort to the browser's zone", () => {
    expect(browserTimeZone()).toBe("America/Chicago");
  });

  it("offer every zone, sorted, with UTC and the browser's own among them", () => {
    const names = timeZoneNames();
    expect(names).toContain("UTC");
    expect(names).toContain("America/Chicago");
    expect(names).toContain("Europe/London");
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
  });

  it("read as words in a picker", () => {
    expect(timeZoneLabel("America/New_York")).toBe("America / New York");
    expect(timeZoneLabel("America/Argentina/Buenos_Aires")).toBe("America / Argentina / Buenos Aires");
    expect(timeZoneLabel("UTC")).toBe("UTC");
  });
});
