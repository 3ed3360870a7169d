import { uniqueSuffix } from "@circle/db/testing";
import type { inferRouterInputs } from "@trpc/server";
import type { AppRouter } from "../root.ts";
import type { Harness } from "./harness.ts";
import { makeConsentingMember, makeProgramWithConsent } from "./intake.ts";
import { type Caller, makeCohort } from "./programs.ts";

// Directory resources and referrals for integration tests, made through the real procedures.

type Inputs = inferRouterInputs<AppRouter>;
export type ResourceInput = Inputs["resources"]["create"];
export type LogInput = Inputs["referrals"]["log"];

/** A valid directory entry: an individual therapy clinic that takes referrals directly. */
export function resourceInput(overrides: Partial<ResourceInput> = {}): ResourceInput {
  return {
    name: `Riverside Clinic ${uniqueSuffix()}`,
    kind: "INDIVIDUAL_THERAPY",
    phone: "(312) 555-0100",
    website: "https://example.org/riverside",
    address: "12 Mill St",
    hours: "Mon–Fri 9–5",
    languages: ["English", "Spanish"],
    cost: "SLIDING_SCALE",
    eligibility: "Adults 18+",
    acceptsDirectReferrals: true,
    ...overrides,
  };
}

export function makeResource(admin: Caller, overrides: Partial<ResourceInput> = {}) {
  return admin.resources.create(resourceInput(overrides));
}

/** A routine individual-therapy referral for the member to the resource, nothing shared. */
export function referralInput(memberId: string, resourceId: string, overrides: Partial<LogInput> = {}): LogInput {
  return {
    memberId,
    category: "INDIVIDUAL_THERAPY",
    urgency: "ROUTINE",
    reason: "Wants weekly individual sessions alongside group",
    resourceId,
    ...overrides,
  };
}

/** Every key of a response, at every depth: to show a field is absent, not merely empty. */
export function keysOf(value: unknown): Set<string> {
  const keys = new Set<string>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object" && !(v instanceof Date)) {
      for (const [key, inner] of Object.entries(v)) {
        keys.add(key);
        visit(inner);
      }
    }
  };
  visit(value);
  return keys;
}

/**
 * An organisation for referral tests: cohort A (lead and co-facilitator) with member Alice,
 * cohort B (another facilitator) with member Bob, reporting staff, and a therapy clinic and a
 * crisis line in the directory.
 */
export async function makeReferralWorld(h: Harness) {
  const admin = await h.signedIn("ADMIN", { name: "Avery Admin" });
  const lead = await h.signedIn("FACILITATOR", { name: "Lee Lead" });
  const co = await h.signedIn("FACILITATOR", { name: "Cam Co" });
  const other = await h.signedIn("FACILITATOR", { name: "Oli Other" });
  const staff = await h.signedIn("STAFF", { name: "Sam Staff" });
  const program = await makeProgramWithConsent(admin.caller);
  const cohortA = await makeCohort(admin.caller, program, lead.user.id, {
    facilitators: { leadId: lead.user.id, coFacilitatorIds: [co.user.id] },
  });
  const cohortB = await makeCohort(admin.caller, program, other.user.id);
  const db = h.services.db;
  const alice = await makeConsentingMember(admin.caller, db, program, { member: { firstName: "Alice" } });
  await admin.caller.enrollment.enroll({ cohortId: cohortA.id, memberId: alice.memberId });
  const bob = await makeConsentingMember(admin.caller, db, program, { member: { firstName: "Bob" } });
  await admin.caller.enrollment.enroll({ cohortId: cohortB.id, memberId: bob.memberId });
  const clinic = await makeResource(admin.caller);
  const crisisLine = await makeResource(admin.caller, {
    name: `Crisis Line ${uniqueSuffix()}`,
    kind: "CRISIS_LINE",
    phone: "988",
    hours: "24/7",
    cost: "FREE",
  });
  return {
    admin,
    lead,
    co,
    other,
    staff,
    program,
    cohortA,
    cohortB,
    aliceId: alice.memberId,
    bobId: bob.memberId,
    clinic,
    crisisLine,
  };
}
export type ReferralWorld = Awaited<ReturnType<typeof makeReferralWorld>>;
