import { COHORT_STATUSES, type CohortStatus } from "@circle/validators";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import { allowedNextStatuses, assertCohortTransition, isActiveCohort } from "./cohort-status.ts";

// The lifecycle docs/DOMAIN.md describes: planned → open for intake → running → completed, or
// postponed / cancelled. Running only by holding the first session; completed and cancelled end it.
const EXPECTED: Record<CohortStatus, CohortStatus[]> = {
  PLANNED: ["OPEN_FOR_INTAKE", "POSTPONED", "CANCELLED"],
  OPEN_FOR_INTAKE: ["PLANNED", "POSTPONED", "CANCELLED"],
  RUNNING: ["COMPLETED", "CANCELLED"],
  POSTPONED: ["PLANNED", "OPEN_FOR_INTAKE", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: [],
};

const pairs = COHORT_STATUSES.flatMap((from) => COHORT_STATUSES.map((to) => [from, to] as const));
const allowed = pairs.filter(([from, to]) => EXPECTED[from].includes(to));
const refused = pairs.filter(([from, to]) => !EXPECTED[from].includes(to));

function refusal(from: CohortStatus, to: CohortStatus): AppError {
  try {
    assertCohortTransition(from, to);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error(`expected ${from} → ${to} to be refused`);
}

describe("cohort status transitions", () => {
  it.each(allowed)("allows %s → %s", (from, to) => {
    expect(() => assertCohortTransition(from, to)).not.toThrow();
  });

  it.each(refused)("refuses %s → %s, naming the status field", (from, to) => {
    expect(refusal(from, to)).toMatchObject({ code: "BAD_REQUEST", field: "status" });
  });

  it("says a cohort starts running by holding its first session, not by hand", () => {
    expect(refusal("PLANNED", "RUNNING").message).toMatch(/first session is marked held/);
    expect(refusal("OPEN_FOR_INTAKE", "RUNNING").message).toMatch(/first session is marked held/);
  });

  it("names both statuses when refusing", () => {
    expect(refusal("COMPLETED", "PLANNED").message).toBe("A completed cohort cannot become planned");
    expect(refusal("CANCELLED", "OPEN_FOR_INTAKE").message).toBe("A cancelled cohort cannot become open for intake");
    expect(refusal("RUNNING", "POSTPONED").message).toBe("A running cohort cannot become postponed");
  });

  it("offers exactly the allowed next statuses, never RUNNING", () => {
    for (const from of COHORT_STATUSES) {
      expect([...allowedNextStatuses(from)].sort()).toEqual([...EXPECTED[from]].sort());
      expect(allowedNextStatuses(from)).not.toContain("RUNNING");
    }
  });

  it("treats completed and cancelled cohorts as closed, every other status as active", () => {
    expect(COHORT_STATUSES.filter((s) => !isActiveCohort(s))).toEqual(["COMPLETED", "CANCELLED"]);
  });
});
