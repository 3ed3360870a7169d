import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import { assertMayEnroll, type EnrollmentFacts, isEnrollmentLocked } from "./enrollment-rules.ts";

const allowed: EnrollmentFacts = {
  memberName: "Robin Okafor",
  cohortName: "Grief support, spring",
  cohortStatus: "OPEN_FOR_INTAKE",
  heldSessions: 0,
  joinUntilSession: 1,
  capacity: 8,
  enrolled: 5,
  heldForOffers: 0,
  alreadyEnrolled: false,
  consent: { current: true },
  overlappingCohort: null,
  application: "accepted",
  unacknowledgedRisk: false,
};

function refusal(facts: Partial<EnrollmentFacts>): AppError {
  try {
    assertMayEnroll({ ...allowed, ...facts });
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected the enrollment to be refused");
}

describe("the enrollment rules", () => {
  it("enrolls from an accepted application of this member's, and never past an unacknowledged risk flag", () => {
    expect(() => assertMayEnroll({ ...allowed, application: "none" })).not.toThrow();
    expect(refusal({ application: "not-theirs" })).toMatchObject({ field: "applicationId" });
    expect(refusal({ application: "not-accepted" }).message).toMatch(/Accept the application/);
    expect(refusal({ unacknowledgedRisk: true })).toMatchObject({ field: "memberId" });
    expect(refusal({ unacknowledgedRisk: true }).message).toMatch(/risk flag no one has acknowledged/);
  });

  it("allows an open cohort with a free seat, before its lock, with current consent", () => {
    expect(() => assertMayEnroll(allowed)).not.toThrow();
    expect(() => assertMayEnroll({ ...allowed, cohortStatus: "PLANNED", enrolled: 7 })).not.toThrow();
    expect(() => assertMayEnroll({ ...allowed, cohortStatus: "RUNNING", heldSessions: 1, joinUntilSession: 2 })).not.toThrow();
  });

  it("refuses someone already enrolled", () => {
    expect(refusal({ alreadyEnrolled: true })).toMatchObject({
      code: "CONFLICT",
      field: "memberId",
      message: "Robin Okafor is already enrolled in Grief support, spring",
    });
  });

  it.each([
    ["COMPLETED", "completed"],
    ["CANCELLED", "cancelled"],
  ] as const)("refuses a %s cohort", (status, word) => {
    expect(refusal({ cohortStatus: status })).toMatchObject({
      code: "BAD_REQUEST",
      field: "cohortId",
      message: `Grief support, spring is ${word}; no one can join it`,
    });
  });

  it("refuses once the first session has been held (the default lock)", () => {
    expect(refusal({ heldSessions: 1, cohortStatus: "RUNNING" })).toMatchObject({
      code: "BAD_REQUEST",
      field: "cohortId",
      message: "Enrollment in Grief support, spring is closed: the first session has been held, and this is a closed group",
    });
  });

  it("refuses once session N has been held when the program allows joining until session N", () => {
    expect(refusal({ heldSessions: 3, joinUntilSession: 3 }).message).toBe(
      "Enrollment in Grief support, spring is closed: session 3 has been held, and this is a closed group",
    );
    expect(refusal({ heldSessions: 4, joinUntilSession: 3 }).message).toContain("session 3 has been held");
  });

  it("refuses a full cohort", () => {
    expect(refusal({ enrolled: 8 })).toMatchObject({
      code: "BAD_REQUEST",
      field: "cohortId",
      message: "Grief support, spring is full: 8 of 8 seats taken; add Robin Okafor to the waitlist",
    });
  });

  it("counts seats held for waitlist offers as taken", () => {
    expect(refusal({ enrolled: 6, heldForOffers: 2 }).message).toBe(
      "Grief support, spring is full: 6 of 8 seats taken (2 held for waitlist offers); add Robin Okafor to the waitlist",
    );
    expect(() => assertMayEnroll({ ...allowed, enrolled: 6, heldForOffers: 1 })).not.toThrow();
  });

  it("refuses without current consent, saying why", () => {
    expect(refusal({ consent: { current: false, message: "has withdrawn consent" } })).toMatchObject({
      code: "BAD_REQUEST",
      field: "memberId",
      message: "Robin Okafor has withdrawn consent; record current consent before enrolling",
    });
  });

  it("refuses someone enrolled in an overlapping cohort of the same program", () => {
    expect(refusal({ overlappingCohort: "Grief support, winter" })).toMatchObject({
      code: "BAD_REQUEST",
      field: "memberId",
      message: "Robin Okafor is already enrolled in Grief support, winter, which runs at the same time",
    });
  });
});

describe("the enrollment lock", () => {
  it("closes when the session the program allows joining until has been held", () => {
    expect(isEnrollmentLocked({ heldSessions: 0, joinUntilSession: 1 })).toBe(false);
    expect(isEnrollmentLocked({ heldSessions: 1, joinUntilSession: 1 })).toBe(true);
    expect(isEnrollmentLocked({ heldSessions: 1, joinUntilSession: 2 })).toBe(false);
    expect(isEnrollmentLocked({ heldSessions: 2, joinUntilSession: 2 })).toBe(true);
  });
});
