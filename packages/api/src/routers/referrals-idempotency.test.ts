import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { makeReferralWorld, type ReferralWorld, referralInput } from "../testing/referrals.ts";
import { expectRefused } from "../testing/refusals.ts";

// A referral form sent twice (a double click, a retried request) logs one referral.

let h: Harness;
let w: ReferralWorld;

beforeAll(async () => {
  h = await openHarness();
  w = await makeReferralWorld(h);
}, 120_000);
afterAll(() => h.close());

describe("referrals.log with an idempotency key", () => {
  it("logs one referral for ten identical submissions sent at once, and answers each with it", async () => {
    const idempotencyKey = randomUUID();
    const input = referralInput(w.aliceId, w.crisisLine.id, {
      category: "CRISIS_SERVICES",
      urgency: "EMERGENCY",
      idempotencyKey,
    });
    const answers = await Promise.all(Array.from({ length: 10 }, () => w.lead.caller.referrals.log(input)));
    const db = h.services.db;
    const stored = await db.referral.findMany({ where: { idempotencyKey }, include: { statusChanges: true } });
    expect(stored).toHaveLength(1);
    const [only] = stored;
    expect(new Set(answers.map((a) => a.id))).toEqual(new Set([only?.id]));
    expect(answers[0]).toEqual({ id: only?.id, status: "SUGGESTED", urgency: "EMERGENCY", followUpOn: only?.followUpOn });
    expect(only?.statusChanges).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { action: "referral.create", entityId: only?.id } })).toBe(1);
  });

  it("logs a new referral for a new key", async () => {
    const first = await w.lead.caller.referrals.log(referralInput(w.aliceId, w.clinic.id, { idempotencyKey: randomUUID() }));
    const second = await w.lead.caller.referrals.log(referralInput(w.aliceId, w.clinic.id, { idempotencyKey: randomUUID() }));
    expect(second.id).not.toBe(first.id);
  });

  it("never answers another person's referral for a key they send, and saves nothing for them", async () => {
    const idempotencyKey = randomUUID();
    await w.lead.caller.referrals.log(referralInput(w.aliceId, w.clinic.id, { idempotencyKey }));
    const before = await h.services.db.referral.count();
    const refused = await expectRefused(
      w.co.caller.referrals.log(referralInput(w.aliceId, w.clinic.id, { idempotencyKey })),
      "CONFLICT",
      "idempotencyKey",
    );
    expect(refused.message).not.toContain(w.aliceId);
    expect(await h.services.db.referral.count()).toBe(before);
  });

  it("refuses a key that is not a UUID, naming it", async () => {
    await expectRefused(
      w.lead.caller.referrals.log(referralInput(w.aliceId, w.clinic.id, { idempotencyKey: "twice" })),
      "BAD_REQUEST",
      "idempotencyKey",
    );
  });
});
