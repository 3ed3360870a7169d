import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { MISSING_ID } from "../testing/programs.ts";
import { keysOf, makeReferralWorld, type ReferralWorld, referralInput } from "../testing/referrals.ts";
import { expectRefused } from "../testing/refusals.ts";

// Privacy: facilitators reach their cohorts' members' referrals only; another cohort's referral
// and a missing one get the same answer; staff get counts, never a reason or a note; every read
// of a referral's reason and notes is on record. And the home page never lets an emergency hide.

let h: Harness;
let w: ReferralWorld;
let aliceReferral: string;
let bobEmergency: string;

beforeAll(async () => {
  h = await openHarness();
  w = await makeReferralWorld(h);
  aliceReferral = (
    await w.lead.caller.referrals.log(
      referralInput(w.aliceId, w.clinic.id, {
        reason: "Panic attacks at work",
        note: "Prefers evening appointments",
        followUpOn: "2020-01-01",
      }),
    )
  ).id;
  bobEmergency = (
    await w.other.caller.referrals.log(
      referralInput(w.bobId, w.crisisLine.id, { category: "CRISIS_SERVICES", urgency: "EMERGENCY", reason: "Disclosed a plan" }),
    )
  ).id;
}, 120_000);
afterAll(() => h.close());

const audits = (action: string, entityId: string) => h.services.db.auditEvent.findMany({ where: { action, entityId } });

describe("reading one referral", () => {
  it("gives its facilitators the reason, notes and timeline, and writes the read to the audit log", async () => {
    const detail = await w.co.caller.referrals.get({ referralId: aliceReferral });
    expect(detail).toMatchObject({ reason: "Panic attacks at work", note: "Prefers evening appointments", overdue: true });
    expect(detail.statusChanges).toHaveLength(1);
    expect(await audits("referral.read", aliceReferral)).toEqual([expect.objectContaining({ actorId: w.co.user.id })]);
  });

  it("answers another cohort's facilitator exactly as for a missing id, and records the denial", async () => {
    const foreign = await expectRefused(w.lead.caller.referrals.get({ referralId: bobEmergency }), "NOT_FOUND");
    const missing = await expectRefused(w.lead.caller.referrals.get({ referralId: MISSING_ID }), "NOT_FOUND");
    expect(foreign.message).toBe(missing.message);
    expect(await audits("access.deny", bobEmergency)).toEqual([
      expect.objectContaining({ actorId: w.lead.user.id, entityType: "Referral", details: { attempted: "read" } }),
    ]);
    expect(await audits("referral.read", bobEmergency)).toEqual([]);
    expect(await audits("access.deny", MISSING_ID)).toEqual([]);
  });

  it("refuses another cohort's facilitator a step on it the same way, and changes nothing", async () => {
    const foreign = await expectRefused(
      w.lead.caller.referrals.move({ referralId: bobEmergency, to: "MADE", note: "x" }),
      "NOT_FOUND",
    );
    const missing = await expectRefused(
      w.lead.caller.referrals.move({ referralId: MISSING_ID, to: "MADE", note: "x" }),
      "NOT_FOUND",
    );
    expect(foreign.message).toBe(missing.message);
    expect((await h.services.db.referral.findUniqueOrThrow({ where: { id: bobEmergency } })).status).toBe("SUGGESTED");
    expect(await audits("access.deny", bobEmergency)).toContainEqual(
      expect.objectContaining({ actorId: w.lead.user.id, details: { attempted: "move" } }),
    );
  });

  it("gives admins every referral", async () => {
    await expect(w.admin.caller.referrals.get({ referralId: bobEmergency })).resolves.toMatchObject({
      reason: "Disclosed a plan",
    });
  });
});

describe("reporting staff", () => {
  it("get counts by category, urgency, status and outcome, with no reason or note field anywhere", async () => {
    const counts = await w.staff.caller.referrals.counts({});
    expect(counts.total).toBe(2);
    expect(counts.byUrgency).toEqual(
      expect.arrayContaining([
        { urgency: "ROUTINE", count: 1 },
        { urgency: "EMERGENCY", count: 1 },
      ]),
    );
    expect(counts.byCategory).toEqual(
      expect.arrayContaining([
        { category: "INDIVIDUAL_THERAPY", count: 1 },
        { category: "CRISIS_SERVICES", count: 1 },
      ]),
    );
    expect(counts.byOutcome).toEqual([{ outcome: null, count: 2 }]);
    expect([...keysOf(counts)].sort()).toEqual(
      ["byCategory", "byOutcome", "byStatus", "byUrgency", "category", "count", "outcome", "status", "total", "urgency"].sort(),
    );
  });

  it("are refused every referral, list and step", async () => {
    const staff = w.staff.caller.referrals;
    await expectRefused(staff.get({ referralId: aliceReferral }), "FORBIDDEN");
    await expectRefused(staff.list({}), "FORBIDDEN");
    await expectRefused(staff.home(), "FORBIDDEN");
    await expectRefused(staff.move({ referralId: aliceReferral, to: "MADE", note: "x" }), "FORBIDDEN");
    expect(await audits("referral.read", aliceReferral)).not.toContainEqual(
      expect.objectContaining({ actorId: w.staff.user.id }),
    );
  });

  it("can search the resource directory", async () => {
    const page = await w.staff.caller.resources.list({});
    expect(page.rows.map((r) => r.id)).toEqual(expect.arrayContaining([w.clinic.id, w.crisisLine.id]));
  });

  it("a facilitator's counts cover only their cohorts' members", async () => {
    expect((await w.lead.caller.referrals.counts({})).total).toBe(1);
    expect((await w.admin.caller.referrals.counts({})).total).toBe(2);
  });
});

describe("the home page", () => {
  it("shows an open emergency to the cohort's facilitators and every admin, until it is closed", async () => {
    const emergencies = async (caller: typeof w.admin.caller) =>
      (await caller.referrals.home()).emergencies.rows.map((r) => r.id);
    expect(await emergencies(w.other.caller)).toEqual([bobEmergency]);
    expect(await emergencies(w.admin.caller)).toEqual([bobEmergency]);
    expect(await emergencies(w.lead.caller)).toEqual([]);
    await w.admin.caller.referrals.move({ referralId: bobEmergency, to: "MADE", note: "Called the line together" });
    expect(await emergencies(w.admin.caller)).toEqual([bobEmergency]);
    await w.admin.caller.referrals.move({ referralId: bobEmergency, to: "CONNECTED", note: "Crisis team visited" });
    await w.admin.caller.referrals.move({ referralId: bobEmergency, to: "CLOSED", note: "Safe", outcome: "SUCCESSFUL" });
    expect(await emergencies(w.admin.caller)).toEqual([]);
    expect(await emergencies(w.other.caller)).toEqual([]);
  });

  it("shows an overdue follow-up to the facilitator who logged it and to admins", async () => {
    const overdue = async (caller: typeof w.admin.caller) => (await caller.referrals.home()).overdue.rows.map((r) => r.id);
    expect(await overdue(w.lead.caller)).toEqual([aliceReferral]);
    expect(await overdue(w.admin.caller)).toEqual([aliceReferral]);
    expect(await overdue(w.co.caller)).toEqual([]);
    expect(await overdue(w.other.caller)).toEqual([]);
    const home = await w.lead.caller.referrals.home();
    expect(home.overdue.total).toBe(1);
    expect(home.overdue).not.toHaveProperty("totalIsAtLeast");
    for (const key of ["reason", "note"]) expect(keysOf(home).has(key)).toBe(false);
  });

  it("counts a card exactly up to 500, then says at least 500, and still lists the earliest first", async () => {
    const day = (i: number) => new Date(Date.UTC(2019, 0, 1) + i * 86_400_000);
    const overdueReferral = (followUpOn: Date) => ({
      memberId: w.aliceId,
      cohortId: w.cohortA.id,
      resourceId: w.clinic.id,
      category: "INDIVIDUAL_THERAPY" as const,
      urgency: "ROUTINE" as const,
      status: "MADE" as const,
      followUpOn,
      createdById: w.lead.user.id,
    });
    // referrals number `from` to `to - 1`: the later one's number, the earlier it was due
    const overdueFor = (from: number, to: number) =>
      h.services.db.referral.createMany({
        data: Array.from({ length: to - from }, (_, k) => overdueReferral(day(519 - (from + k)))),
      });
    // with the one logged above, exactly 500: still an exact count
    await overdueFor(0, 499);
    const exact = (await w.lead.caller.referrals.home()).overdue;
    expect(exact.total).toBe(500);
    expect(exact).not.toHaveProperty("totalIsAtLeast");
    await overdueFor(499, 520);
    const { overdue } = await w.lead.caller.referrals.home();
    expect(overdue).toMatchObject({ total: 500, totalIsAtLeast: true });
    expect(overdue.rows).toHaveLength(20);
    expect(overdue.rows.map((r) => r.followUpOn)).toEqual(Array.from({ length: 20 }, (_, i) => day(i)));
    // another facilitator's card is not touched by them
    expect((await w.co.caller.referrals.home()).overdue).toEqual({ rows: [], total: 0 });
  });
});
