import { describe, expect, it } from "vitest";
import { holdsCurrentLicence, type LicenceCredential, leadNeedsLicence } from "./licence-rule.ts";

describe("leadNeedsLicence", () => {
  it("always for a therapy group, even when the program does not ask for it", () => {
    expect(leadNeedsLicence({ groupType: "THERAPY", requiresLicensedLead: false })).toBe(true);
    expect(leadNeedsLicence({ groupType: "THERAPY", requiresLicensedLead: true })).toBe(true);
  });

  it("for any other group type only when the program requires a licensed lead", () => {
    for (const groupType of ["SUPPORT", "PSYCHOEDUCATION", "SKILLS_COACHING", "ACTIVITY_WORKSHOP"] as const) {
      expect(leadNeedsLicence({ groupType, requiresLicensedLead: false })).toBe(false);
      expect(leadNeedsLicence({ groupType, requiresLicensedLead: true })).toBe(true);
    }
  });
});

describe("holdsCurrentLicence", () => {
  const on = new Date("2026-11-23T15:00:00Z");
  const licence = (expiresAt: string | null, kind = "PROFESSIONAL_LICENCE"): LicenceCredential => ({
    kind,
    // credentials expire on a date: stored as that day's midnight UTC
    expiresAt: expiresAt ? new Date(`${expiresAt}T00:00:00Z`) : null,
  });

  it("accepts a professional licence with no expiry date", () => {
    expect(holdsCurrentLicence([licence(null)], on)).toBe(true);
  });

  it("accepts a licence expiring later, or on the day itself", () => {
    expect(holdsCurrentLicence([licence("2027-06-30")], on)).toBe(true);
    expect(holdsCurrentLicence([licence("2026-11-23")], on)).toBe(true);
  });

  it("refuses a licence that expired, even yesterday", () => {
    expect(holdsCurrentLicence([licence("2026-11-22")], on)).toBe(false);
    expect(holdsCurrentLicence([licence("2020-01-31")], on)).toBe(false);
  });

  it("refuses someone with no credentials", () => {
    expect(holdsCurrentLicence([], on)).toBe(false);
  });

  it("does not count certifications or peer-support training, however current", () => {
    expect(holdsCurrentLicence([licence(null, "CERTIFICATION"), licence(null, "PEER_SUPPORT_TRAINING")], on)).toBe(false);
    expect(holdsCurrentLicence([licence("2030-01-01", "CERTIFICATION")], on)).toBe(false);
  });

  it("accepts when any one of several credentials is a current licence", () => {
    expect(holdsCurrentLicence([licence("2020-01-31"), licence(null, "CERTIFICATION"), licence("2027-01-01")], on)).toBe(true);
    expect(holdsCurrentLicence([licence("2020-01-31"), licence(null, "CERTIFICATION")], on)).toBe(false);
  });
});
