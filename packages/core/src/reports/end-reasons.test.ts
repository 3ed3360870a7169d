import { describe, expect, it } from "vitest";
import type { Actor } from "../actor.ts";
import { OTHER_REASONS, reasonsFor } from "./participation-report.ts";

const staff: Actor = { userId: "s", role: "STAFF" };
const admin: Actor = { userId: "a", role: "ADMIN" };
const reasons = [
  { status: "WITHDREW", reason: "Moved away", count: 4 },
  { status: "WITHDREW", reason: "Admitted to hospital", count: 1 },
  { status: "WITHDREW", reason: "New job hours", count: 2 },
  { status: "DROPPED", reason: "No contact after three missed sessions", count: 3 },
] as const;

describe("reasons for leaving early, by who reads them", () => {
  it("shows staff a reason shared by three or more, and counts the rarer ones together", () => {
    expect(reasonsFor(staff, [...reasons])).toEqual([
      { status: "WITHDREW", reason: "Moved away", count: 4 },
      { status: "WITHDREW", reason: OTHER_REASONS, count: 3 },
      { status: "DROPPED", reason: "No contact after three missed sessions", count: 3 },
    ]);
  });

  it("shows administrators and facilitators every reason as written", () => {
    expect(reasonsFor(admin, [...reasons])).toEqual(reasons);
    expect(reasonsFor({ userId: "f", role: "FACILITATOR" }, [...reasons])).toEqual(reasons);
  });
});
