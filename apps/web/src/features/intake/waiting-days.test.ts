import { describe, expect, it } from "vitest";
import { waitingLabel } from "./waiting-days.ts";

describe("how long an application has waited", () => {
  // Dec 1, 10:00 in New York
  const now = new Date("2026-12-01T15:00:00Z");

  it("counts calendar days in one zone, so two applications of one day wait alike", () => {
    const morning = new Date("2026-11-30T14:00:00Z"); // Nov 30, 9:00 New York
    const evening = new Date("2026-12-01T02:00:00Z"); // Nov 30, 21:00 New York (Dec 1 in UTC)
    expect(waitingLabel(morning, "America/New_York", now)).toBe("1 day");
    expect(waitingLabel(evening, "America/New_York", now)).toBe("1 day");
    expect(waitingLabel(new Date("2026-12-01T13:00:00Z"), "America/New_York", now)).toBe("Today");
    expect(waitingLabel(new Date("2026-11-21T15:00:00Z"), "America/New_York", now)).toBe("10 days");
  });
});
