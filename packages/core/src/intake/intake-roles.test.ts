import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import { assertMayMove, type IntakeStanding, mayAcknowledgeRisk, mayDecide } from "./intake-roles.ts";

const facilitator = (overrides: Partial<IntakeStanding> = {}): IntakeStanding => ({
  admin: false,
  ofCohort: true,
  lead: false,
  licensed: false,
  programLetsLeadsDecide: false,
  ...overrides,
});
const admin: IntakeStanding = { ...facilitator({ ofCohort: false }), admin: true };

describe("acknowledging a risk flag", () => {
  it("takes an admin, or a licensed facilitator of the application's cohort (lead or co-facilitator)", () => {
    expect(mayAcknowledgeRisk(admin)).toBe(true);
    expect(mayAcknowledgeRisk(facilitator({ licensed: true }))).toBe(true);
    expect(mayAcknowledgeRisk(facilitator({ licensed: true, lead: true }))).toBe(true);
  });

  it("not a peer (unlicensed) facilitator, nor a licensed one who is not on the cohort (a program's unplaced application)", () => {
    expect(mayAcknowledgeRisk(facilitator())).toBe(false);
    expect(mayAcknowledgeRisk(facilitator({ lead: true }))).toBe(false);
    expect(mayAcknowledgeRisk(facilitator({ ofCohort: false, licensed: true }))).toBe(false);
  });
});

describe("deciding an application", () => {
  it("is an admin's; a facilitator only where the program allows, as the cohort's licensed lead", () => {
    expect(mayDecide(admin)).toBe(true);
    expect(mayDecide(facilitator({ licensed: true, lead: true }))).toBe(false);
    expect(mayDecide(facilitator({ licensed: true, lead: true, programLetsLeadsDecide: true }))).toBe(true);
    expect(mayDecide(facilitator({ lead: true, programLetsLeadsDecide: true }))).toBe(false);
    expect(mayDecide(facilitator({ licensed: true, programLetsLeadsDecide: true }))).toBe(false);
  });

  it("screening and the interview are any facilitator's taking part; every decision and withdrawal needs the right", () => {
    const peer = facilitator();
    expect(() => assertMayMove(peer, "SCREENING")).not.toThrow();
    expect(() => assertMayMove(peer, "INTERVIEW_SCHEDULED")).not.toThrow();
    for (const to of ["ACCEPTED", "WAITLISTED", "DECLINED", "REFERRED_ELSEWHERE", "WITHDRAWN"] as const) {
      expect(() => assertMayMove(peer, to)).toThrow(AppError);
      expect(() => assertMayMove(admin, to)).not.toThrow();
    }
  });
});
