import { APPLICATION_STATUSES, type ApplicationStatus } from "@circle/validators";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import {
  APPLICATION_STATUS_LABEL,
  APPLICATION_STEP,
  assertApplicationTransition,
  nextApplicationStatuses,
} from "./application-status.ts";

// The intake path of docs/DOMAIN.md and issue 4: submitted → screening → interview scheduled →
// accepted / waitlisted / declined / referred elsewhere / withdrawn. An interview can be moved
// (scheduled again); a waitlisted person can still be accepted; an accepted person can withdraw.
const CLOSING: ApplicationStatus[] = ["DECLINED", "REFERRED_ELSEWHERE", "WITHDRAWN"];
const EXPECTED: Record<ApplicationStatus, ApplicationStatus[]> = {
  SUBMITTED: ["SCREENING", ...CLOSING],
  SCREENING: ["INTERVIEW_SCHEDULED", "ACCEPTED", "WAITLISTED", ...CLOSING],
  INTERVIEW_SCHEDULED: ["INTERVIEW_SCHEDULED", "ACCEPTED", "WAITLISTED", ...CLOSING],
  WAITLISTED: ["ACCEPTED", ...CLOSING],
  ACCEPTED: ["WITHDRAWN"],
  DECLINED: [],
  REFERRED_ELSEWHERE: [],
  WITHDRAWN: [],
};

const pairs = APPLICATION_STATUSES.flatMap((from) => APPLICATION_STATUSES.map((to) => [from, to] as const));
const allowed = pairs.filter(([from, to]) => EXPECTED[from].includes(to));
const refused = pairs.filter(([from, to]) => !EXPECTED[from].includes(to));

function refusal(from: ApplicationStatus, to: ApplicationStatus): AppError {
  try {
    assertApplicationTransition(from, to);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error(`expected ${from} → ${to} to be refused`);
}

describe("application status transitions", () => {
  it.each(allowed)("allows %s → %s", (from, to) => {
    expect(() => assertApplicationTransition(from, to)).not.toThrow();
  });

  it.each(refused)("refuses %s → %s with a message naming both, on the `to` field", (from, to) => {
    expect(refusal(from, to)).toMatchObject({
      code: "BAD_REQUEST",
      field: "to",
      message: `An application that is ${APPLICATION_STATUS_LABEL[from]} cannot ${APPLICATION_STEP[to]}`,
    });
  });

  it("cannot skip screening, nor accept straight from submission", () => {
    expect(refusal("SUBMITTED", "ACCEPTED").message).toBe("An application that is submitted cannot be accepted");
    expect(refusal("SUBMITTED", "INTERVIEW_SCHEDULED").message).toBe(
      "An application that is submitted cannot have an interview scheduled",
    );
  });

  it.each(["DECLINED", "REFERRED_ELSEWHERE", "WITHDRAWN"] as const)("%s is final: nothing follows it", (status) => {
    expect(nextApplicationStatuses(status)).toEqual([]);
    for (const to of APPLICATION_STATUSES) expect(() => assertApplicationTransition(status, to)).toThrow(AppError);
  });

  it("offers the next statuses the application detail page shows", () => {
    for (const from of APPLICATION_STATUSES)
      expect([...nextApplicationStatuses(from)].sort()).toEqual([...EXPECTED[from]].sort());
  });
});
