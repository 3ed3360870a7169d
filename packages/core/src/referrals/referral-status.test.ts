import { REFERRAL_STATUSES, type ReferralStatus } from "@circle/validators";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import { assertReferralStep, defaultFollowUpOn, nextReferralStatuses, type ReferralStep } from "./referral-status.ts";

const noSharing = { sharesInformation: false, agreed: false };

function refusal(from: ReferralStatus, step: ReferralStep, sharing = noSharing): AppError {
  try {
    assertReferralStep(from, step, sharing);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error(`expected ${from} → ${step.to} to be refused`);
}

const closing = (step: ReferralStatus): ReferralStep =>
  step === "CLOSED" ? { to: step, outcome: "UNSUCCESSFUL", closeReason: "NO_LONGER_NEEDED" } : { to: step };

const ALLOWED: [ReferralStatus, ReferralStatus][] = [
  ["SUGGESTED", "MADE"],
  ["SUGGESTED", "DECLINED_BY_MEMBER"],
  ["SUGGESTED", "CLOSED"],
  ["MADE", "CONNECTED"],
  ["MADE", "DECLINED_BY_MEMBER"],
  ["MADE", "COULD_NOT_REACH"],
  ["MADE", "RESOURCE_DECLINED"],
  ["CONNECTED", "CLOSED"],
  ["DECLINED_BY_MEMBER", "CLOSED"],
  ["COULD_NOT_REACH", "MADE"],
  ["COULD_NOT_REACH", "CLOSED"],
  ["RESOURCE_DECLINED", "CLOSED"],
];
const allowed = new Set(ALLOWED.map(([from, to]) => `${from}→${to}`));
const REFUSED = REFERRAL_STATUSES.flatMap((from) =>
  REFERRAL_STATUSES.filter((to) => !allowed.has(`${from}→${to}`)).map((to) => [from, to] as const),
);

describe("the referral loop", () => {
  it.each(ALLOWED)("allows %s → %s", (from, to) => {
    expect(() => assertReferralStep(from, closing(to), noSharing)).not.toThrow();
    expect(nextReferralStatuses(from)).toContain(to);
  });

  it.each(REFUSED)("refuses %s → %s, naming the status field", (from, to) => {
    const error = refusal(from, closing(to));
    expect(error).toMatchObject({ code: "BAD_REQUEST", field: "to" });
    expect(nextReferralStatuses(from)).not.toContain(to);
  });

  it("has nothing after closed", () => {
    expect(nextReferralStatuses("CLOSED")).toEqual([]);
    expect(refusal("CLOSED", { to: "MADE" }).message).toMatch(/it is closed/);
  });
});

describe("the sharing agreement", () => {
  it("is needed before a referral that shares information is made", () => {
    expect(refusal("SUGGESTED", { to: "MADE" }, { sharesInformation: true, agreed: false }).field).toBe("informationSharing");
    expect(refusal("COULD_NOT_REACH", { to: "MADE" }, { sharesInformation: true, agreed: false }).field).toBe(
      "informationSharing",
    );
    expect(() => assertReferralStep("SUGGESTED", { to: "MADE" }, { sharesInformation: true, agreed: true })).not.toThrow();
  });

  it("is not needed when nothing is shared, nor for steps other than made", () => {
    expect(() => assertReferralStep("SUGGESTED", { to: "MADE" }, noSharing)).not.toThrow();
    const shares = { sharesInformation: true, agreed: false };
    expect(() => assertReferralStep("SUGGESTED", { to: "DECLINED_BY_MEMBER" }, shares)).not.toThrow();
  });
});

describe("closing", () => {
  it("needs an outcome", () => {
    expect(refusal("CONNECTED", { to: "CLOSED" }).field).toBe("outcome");
  });

  it("needs a reason from the list when it did not succeed, and none when it did", () => {
    expect(refusal("RESOURCE_DECLINED", { to: "CLOSED", outcome: "UNSUCCESSFUL" }).field).toBe("closeReason");
    expect(refusal("CONNECTED", { to: "CLOSED", outcome: "SUCCESSFUL", closeReason: "OTHER" }).field).toBe("closeReason");
    expect(() => assertReferralStep("CONNECTED", { to: "CLOSED", outcome: "SUCCESSFUL" }, noSharing)).not.toThrow();
    expect(() =>
      assertReferralStep("CONNECTED", { to: "CLOSED", outcome: "UNSUCCESSFUL", closeReason: "NO_CAPACITY" }, noSharing),
    ).not.toThrow();
  });

  it("is the only step that records an outcome or a close reason", () => {
    expect(refusal("MADE", { to: "CONNECTED", outcome: "SUCCESSFUL" }).field).toBe("outcome");
    expect(refusal("MADE", { to: "COULD_NOT_REACH", closeReason: "COULD_NOT_REACH_MEMBER" }).field).toBe("closeReason");
  });
});

describe("the default follow-up", () => {
  it("is today for an emergency, in 2 days when urgent, in 14 days when routine", () => {
    expect(defaultFollowUpOn("EMERGENCY", "2026-12-01")).toBe("2026-12-01");
    expect(defaultFollowUpOn("URGENT", "2026-12-30")).toBe("2027-01-01");
    expect(defaultFollowUpOn("ROUTINE", "2026-02-20")).toBe("2026-03-06");
  });
});
