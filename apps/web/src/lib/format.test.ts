import { describe, expect, it } from "vitest";
import {
  formatCalendarDay,
  formatDate,
  formatDateTime,
  formatSessionDay,
  formatSessionStart,
  formatSessionTime,
  toIsoDay,
  zoneAbbreviation,
} from "./format.ts";
import { setOrganisationTimeZone } from "./organisation-zone.ts";

describe("instants for people to read", () => {
  it("fall back to a dash (or the given word) when there is none", () => {
    expect(formatDate(null)).toBe("—");
    expect(formatDateTime(undefined, "Never")).toBe("Never");
    expect(formatCalendarDay(null, "No expiry")).toBe("No expiry");
  });

  it("show a timestamp in the browser's zone until the organisation's is known, then in that one, named", () => {
    expect(formatDate(new Date("2026-03-03T04:30:00Z"))).toBe("Mar 2, 2026");
    setOrganisationTimeZone("Europe/London");
    try {
      expect(formatDate(new Date("2026-03-03T04:30:00Z"))).toBe("Mar 3, 2026");
      expect(formatDateTime(new Date("2026-03-03T04:30:00Z"))).toBe("Mar 3, 2026, 4:30 AM GMT");
    } finally {
      setOrganisationTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    }
  });
});

describe("date-only values", () => {
  // Stored at UTC midnight: in Chicago that instant is the evening before.
  const expiry = new Date("2026-03-01T00:00:00Z");

  it("show the day they stand for, not the evening before", () => {
    expect(formatCalendarDay(expiry)).toBe("Mar 1, 2026");
  });

  it("go back to forms as the same YYYY-MM-DD", () => {
    expect(toIsoDay(expiry)).toBe("2026-03-01");
    expect(toIsoDay(null)).toBe("");
  });
});

describe("session times, in the cohort's own zone", () => {
  const start = new Date("2026-03-04T00:30:00Z");

  it("read the room's clock with its zone's name", () => {
    expect(formatSessionStart(start, "America/New_York")).toBe("Tue, Mar 3, 2026, 7:30 PM EST");
    expect(formatSessionDay(start, "America/New_York")).toBe("Tue, Mar 3, 2026");
    expect(formatSessionTime(start, "Europe/London")).toBe("12:30 AM GMT");
  });

  it("name the zone as it is called at that instant", () => {
    expect(zoneAbbreviation("America/New_York", new Date("2026-01-15T12:00:00Z"))).toBe("EST");
    expect(zoneAbbreviation("America/New_York", new Date("2026-07-15T12:00:00Z"))).toBe("EDT");
  });
});
