import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { addDays, MISSING_ID } from "../testing/programs.ts";
import { keysOf, makeReferralWorld, type ReferralWorld, referralInput } from "../testing/referrals.ts";
import { expectRefused } from "../testing/refusals.ts";

// Logging a referral, its default follow-up, and the one list every referral is in.

let h: Harness;
let w: ReferralWorld;
const today = () => new Date().toISOString().slice(0, 10);
const day = (date: string) => new Date(`${date}T00:00:00Z`);

beforeAll(async () => {
  h = await openHarness();
  w = await makeReferralWorld(h);
}, 120_000);
afterAll(() => h.close());

describe("referrals.log", () => {
  it("a facilitator logs a referral for a member of their cohort, from that cohort, with its first step", async () => {
    const logged = await w.lead.caller.referrals.log(
      referralInput(w.aliceId, w.clinic.id, { warmHandoff: true, sharesInformation: true, informationSharing: true }),
    );
    const stored = await h.services.db.referral.findUniqueOrThrow({
      where: { id: logged.id },
      include: { statusChanges: true },
    });
    expect(stored).toMatchObject({
      memberId: w.aliceId,
      cohortId: w.cohortA.id,
      resourceId: w.clinic.id,
      status: "SUGGESTED",
      reason: "Wants weekly individual sessions alongside group",
      warmHandoff: true,
      sharesInformation: true,
      informationSharing: true,
      createdById: w.lead.user.id,
    });
    expect(stored.statusChanges).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: "SUGGESTED", changedById: w.lead.user.id }),
    ]);
  });

  it("follows up today for an emergency, in 2 days when urgent, in 14 when routine, unless a date is given", async () => {
    const followUp = async (urgency: "EMERGENCY" | "URGENT" | "ROUTINE", followUpOn?: string) => {
      const logged = await w.admin.caller.referrals.log(
        referralInput(w.aliceId, w.clinic.id, { urgency, ...(followUpOn ? { followUpOn } : {}) }),
      );
      return logged.followUpOn;
    };
    expect(await followUp("EMERGENCY")).toEqual(day(today()));
    expect(await followUp("URGENT")).toEqual(day(addDays(today(), 2)));
    expect(await followUp("ROUTINE")).toEqual(day(addDays(today(), 14)));
    expect(await followUp("ROUTINE", addDays(today(), 3))).toEqual(day(addDays(today(), 3)));
  });

  it("writes an audit event for every referral, saying when it is an emergency", async () => {
    const logged = await w.co.caller.referrals.log(
      referralInput(w.aliceId, w.crisisLine.id, { category: "CRISIS_SERVICES", urgency: "EMERGENCY" }),
    );
    const events = await h.services.db.auditEvent.findMany({ where: { entityType: "Referral", entityId: logged.id } });
    expect(events).toEqual([
      expect.objectContaining({
        action: "referral.create",
        actorId: w.co.user.id,
        details: { urgency: "EMERGENCY", category: "CRISIS_SERVICES" },
      }),
    ]);
  });

  it("takes a one-off resource outside the directory", async () => {
    const logged = await w.admin.caller.referrals.log(
      referralInput(w.bobId, "", {
        resourceId: null,
        resourceName: "Dr Okafor's private practice",
        resourceContact: "(312) 555-0199",
        category: "PSYCHIATRY",
      }),
    );
    const detail = await w.admin.caller.referrals.get({ referralId: logged.id });
    expect(detail).toMatchObject({
      resource: null,
      resourceName: "Dr Okafor's private practice",
      resourceContact: "(312) 555-0199",
      cohort: { id: w.cohortB.id },
    });
  });

  it("refuses bad input naming the field, and saves nothing", async () => {
    const before = await h.services.db.referral.count();
    const archived = await w.admin.caller.resources.create({ name: "Closed clinic", kind: "PSYCHIATRY", languages: [] });
    await w.admin.caller.resources.setActive({ resourceId: archived.id, active: false });
    const lead = w.lead.caller.referrals;
    await expectRefused(lead.log(referralInput(w.aliceId, MISSING_ID)), "BAD_REQUEST", "resourceId");
    await expectRefused(lead.log(referralInput(w.aliceId, archived.id)), "BAD_REQUEST", "resourceId");
    await expectRefused(lead.log(referralInput(w.aliceId, "", { resourceId: null })), "BAD_REQUEST", "resourceId");
    await expectRefused(
      lead.log(referralInput(w.aliceId, w.clinic.id, { resourceName: "Somewhere else" })),
      "BAD_REQUEST",
      "resourceName",
    );
    await expectRefused(lead.log(referralInput(w.aliceId, w.clinic.id, { reason: " " })), "BAD_REQUEST", "reason");
    await expectRefused(lead.log(referralInput(w.aliceId, w.clinic.id, { followUpOn: "tomorrow" })), "BAD_REQUEST", "followUpOn");
    await expectRefused(lead.log(referralInput(w.aliceId, w.clinic.id, { cohortId: w.cohortB.id })), "BAD_REQUEST", "cohortId");
    expect(await h.services.db.referral.count()).toBe(before);
  });

  it("answers a facilitator asking for another cohort's member exactly as for a missing member", async () => {
    const foreign = await expectRefused(
      w.lead.caller.referrals.log(referralInput(w.bobId, w.clinic.id)),
      "NOT_FOUND",
      "memberId",
    );
    const missing = await expectRefused(
      w.lead.caller.referrals.log(referralInput(MISSING_ID, w.clinic.id)),
      "NOT_FOUND",
      "memberId",
    );
    expect(foreign.message).toBe(missing.message);
  });

  it("is not for reporting staff", async () => {
    await expectRefused(w.staff.caller.referrals.log(referralInput(w.aliceId, w.clinic.id)), "FORBIDDEN");
  });
});

describe("referrals.list", () => {
  it("puts every open emergency on top, whatever the sort, and a closed one back in its place", async () => {
    const { db } = h.services;
    const member = (await w.admin.caller.members.get({ memberId: w.bobId })).lastName;
    const log = (urgency: "EMERGENCY" | "ROUTINE", followUpOn: string) =>
      w.admin.caller.referrals.log(referralInput(w.bobId, w.clinic.id, { urgency, followUpOn }));
    const early = await log("ROUTINE", addDays(today(), -30));
    const emergency = await log("EMERGENCY", addDays(today(), 20));
    const closedEmergency = await log("EMERGENCY", addDays(today(), 10));
    await w.admin.caller.referrals.move({
      referralId: closedEmergency.id,
      to: "CLOSED",
      note: "Resolved the same evening",
      outcome: "UNSUCCESSFUL",
      closeReason: "NO_LONGER_NEEDED",
    });
    for (const sort of ["followUpOn", "createdAt", "urgency", "status"] as const) {
      for (const desc of [false, true]) {
        const page = await w.admin.caller.referrals.list({ q: member, sort, desc, pageSize: 100 });
        expect(page.rows[0]?.id, `${sort} ${desc ? "desc" : "asc"}`).toBe(emergency.id);
        expect(page.rows.map((r) => r.id)).toContain(closedEmergency.id);
      }
    }
    const byFollowUp = await w.admin.caller.referrals.list({ q: member, sort: "followUpOn", pageSize: 100 });
    expect(byFollowUp.rows[1]?.id).toBe(early.id);
    expect(byFollowUp.rows.at(-1)?.id).toBe(closedEmergency.id); // closed: no follow-up, last
    // paging goes on after the pinned rows
    const first = await w.admin.caller.referrals.list({ q: member, sort: "followUpOn", pageSize: 10, page: 1 });
    expect(first.rows.map((r) => r.id).slice(0, 2)).toEqual([emergency.id, early.id]);
    expect(first.total).toBe(await db.referral.count({ where: { memberId: w.bobId } }));
  });

  it("never carries a reason or a note", async () => {
    const page = await w.admin.caller.referrals.list({ pageSize: 100 });
    expect(page.rows.length).toBeGreaterThan(0);
    const keys = keysOf(page);
    for (const key of ["reason", "note", "closeReason", "statusChanges"]) expect(keys.has(key), key).toBe(false);
  });

  it("filters by status, urgency, category, overdue, who logged it and member", async () => {
    const list = w.admin.caller.referrals.list;
    const all = (await list({ pageSize: 100 })).rows;
    const check = async (input: Parameters<typeof list>[0], keep: (row: (typeof all)[number]) => boolean) => {
      const rows = (await list({ ...input, pageSize: 100 })).rows;
      expect(rows.length, JSON.stringify(input)).toBeGreaterThan(0);
      expect(rows.map((r) => r.id).sort()).toEqual(
        all
          .filter(keep)
          .map((r) => r.id)
          .sort(),
      );
    };
    await check({ status: "OPEN" }, (r) => r.status !== "CLOSED");
    await check({ status: "CLOSED" }, (r) => r.status === "CLOSED");
    await check({ urgency: "EMERGENCY" }, (r) => r.urgency === "EMERGENCY");
    await check({ category: "PSYCHIATRY" }, (r) => r.category === "PSYCHIATRY");
    await check({ overdue: true }, (r) => r.overdue);
    await check({ facilitatorId: w.co.user.id }, (r) => r.createdBy?.id === w.co.user.id);
    await check({ memberId: w.aliceId }, (r) => r.member.id === w.aliceId);
    expect(all.find((r) => r.overdue)?.followUpOn?.getTime()).toBeLessThan(day(today()).getTime());
  });

  it("shows a facilitator only their cohorts' members' referrals", async () => {
    const memberIds = async (caller: typeof w.lead.caller) =>
      new Set((await caller.referrals.list({ pageSize: 100 })).rows.map((r) => r.member.id));
    expect(await memberIds(w.lead.caller)).toEqual(new Set([w.aliceId]));
    expect(await memberIds(w.co.caller)).toEqual(new Set([w.aliceId]));
    expect(await memberIds(w.other.caller)).toEqual(new Set([w.bobId]));
    expect(await memberIds(w.admin.caller)).toEqual(new Set([w.aliceId, w.bobId]));
    expect(await w.lead.caller.referrals.list({ memberId: w.bobId })).toMatchObject({ rows: [], total: 0 });
    await expectRefused(w.staff.caller.referrals.list({}), "FORBIDDEN");
  });
});
