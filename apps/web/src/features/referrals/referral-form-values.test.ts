import { logReferralInput } from "@circle/validators";
import { describe, expect, it } from "vitest";
import { defaultFollowUpOn, initialReferralValues, toLogReferralInput, validateReferral } from "./referral-form-values.ts";

const MEMBER = "2f8e4c1a-7b3d-4e6f-9a0b-1c2d3e4f5a6b";
const RESOURCE = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const submission = { idempotencyKey: "3d5e7f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f" };

describe("a referral's form values", () => {
  it("follow up by urgency: an emergency the same day, urgent in 2 days, routine in 14", () => {
    expect(defaultFollowUpOn("EMERGENCY", "2026-03-02")).toBe("2026-03-02");
    expect(defaultFollowUpOn("URGENT", "2026-03-02")).toBe("2026-03-04");
    expect(defaultFollowUpOn("ROUTINE", "2026-03-02")).toBe("2026-03-16");
  });

  it("send a resource from the directory by id, and a one-off one by name", () => {
    const values = { ...initialReferralValues(MEMBER), category: "HOUSING" as const, reason: "Losing the flat" };
    const fromDirectory = toLogReferralInput(
      { ...values, resourceId: RESOURCE, resourceName: "left over" },
      submission,
      undefined,
    );
    expect(fromDirectory).toMatchObject({ resourceId: RESOURCE, resourceName: null, resourceContact: null, cohortId: null });
    expect(logReferralInput.safeParse(fromDirectory).success).toBe(true);

    const oneOff = toLogReferralInput(
      { ...values, resourceFrom: "other", resourceId: RESOURCE, resourceName: "Tenants' union", resourceContact: "555-0101" },
      submission,
      undefined,
    );
    expect(oneOff).toMatchObject({ resourceId: null, resourceName: "Tenants' union", resourceContact: "555-0101" });
  });

  it("share information only when the member agreed to share at all", () => {
    const values = { ...initialReferralValues(MEMBER), sharesInformation: false, informationSharing: true };
    expect(toLogReferralInput(values, submission, undefined).informationSharing).toBe(false);
  });

  it("carry the submission's idempotency key", () => {
    expect(toLogReferralInput(initialReferralValues(MEMBER), submission, undefined).idempotencyKey).toBe(
      submission.idempotencyKey,
    );
  });

  it("word the choices not yet made", () => {
    expect(validateReferral(initialReferralValues())).toEqual({
      memberId: "Choose the member",
      category: "Choose the kind of help",
      resourceId: "Choose a resource from the directory",
    });
    expect(validateReferral({ ...initialReferralValues(MEMBER), category: "LEGAL", resourceFrom: "other" })).toEqual({
      resourceName: "Name the resource",
    });
  });
});
