import { REFERRAL_STATUSES, type ReferralStatus } from "@circle/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { makeReferralWorld, type ReferralWorld, referralInput } from "../testing/referrals.ts";
import { expectRefused } from "../testing/refusals.ts";

// Closing the loop: only the allowed steps, each with who, when and a note; the sharing
// agreement before "made"; an outcome (and, when unsuccessful, a reason) to close.

let h: Harness;
let w: ReferralWorld;

beforeAll(async () => {
  h = await openHarness();
  w = await makeReferralWorld(h);
}, 120_000);
afterAll(() => h.close());

type Step = {
  to: ReferralStatus;
  outcome?: "SUCCESSFUL" | "UNSUCCESSFUL";
  closeReason?: "MEMBER_REFUSED" | "NO_CAPACITY" | "NO_LONGER_NEEDED" | "COULD_NOT_REACH_RESOURCE";
};

// Together these walk every allowed step of the loop at least once.
const PATHS: Step[][] = [
  [{ to: "MADE" }, { to: "CONNECTED" }, { to: "CLOSED", outcome: "SUCCESSFUL" }],
  [{ to: "DECLINED_BY_MEMBER" }, { to: "CLOSED", outcome: "UNSUCCESSFUL", closeReason: "MEMBER_REFUSED" }],
  [{ to: "CLOSED", outcome: "UNSUCCESSFUL", closeReason: "NO_LONGER_NEEDED" }],
  [{ to: "MADE" }, { to: "DECLINED_BY_MEMBER" }],
  [
    { to: "MADE" },
    { to: "COULD_NOT_REACH" },
    { to: "MADE" },
    { to: "RESOURCE_DECLINED" },
    { to: "CLOSED", outcome: "UNSUCCESSFUL", closeReason: "NO_CAPACITY" },
  ],
  [{ to: "MADE" }, { to: "COULD_NOT_REACH" }, { to: "CLOSED", outcome: "UNSUCCESSFUL", closeReason: "COULD_NOT_REACH_RESOURCE" }],
];

const logForAlice = (overrides: Parameters<typeof referralInput>[2] = {}) =>
  w.lead.caller.referrals.log(referralInput(w.aliceId, w.clinic.id, overrides));

/** A referral of Alice's walked to this status by the lead. */
async function referralIn(status: ReferralStatus) {
  const referral = await logForAlice();
  const path: Record<ReferralStatus, Step[]> = {
    SUGGESTED: [],
    MADE: [{ to: "MADE" }],
    CONNECTED: [{ to: "MADE" }, { to: "CONNECTED" }],
    DECLINED_BY_MEMBER: [{ to: "DECLINED_BY_MEMBER" }],
    COULD_NOT_REACH: [{ to: "MADE" }, { to: "COULD_NOT_REACH" }],
    RESOURCE_DECLINED: [{ to: "MADE" }, { to: "RESOURCE_DECLINED" }],
    CLOSED: [{ to: "CLOSED", outcome: "UNSUCCESSFUL", closeReason: "NO_LONGER_NEEDED" }],
  };
  for (const step of path[status]) await w.lead.caller.referrals.move({ referralId: referral.id, note: "step", ...step });
  return referral.id;
}

describe("every allowed step", () => {
  it.each(PATHS.map((path) => [path.map((s) => s.to).join(" → "), path] as const))("%s", async (_, path) => {
    const referral = await logForAlice();
    const movers = [w.lead, w.co, w.admin];
    for (const [index, step] of path.entries()) {
      const by = movers[index % movers.length];
      if (!by) throw new Error("no mover");
      const result = await by.caller.referrals.move({ referralId: referral.id, note: `Note ${index}`, ...step });
      expect(result).toEqual({ referralId: referral.id, status: step.to });
    }
    const detail = await w.admin.caller.referrals.get({ referralId: referral.id });
    const last = path.at(-1);
    expect(detail.status).toBe(last?.to);
    expect(detail.statusChanges.map((c) => [c.fromStatus, c.toStatus, c.note, c.changedBy?.id])).toEqual([
      [null, "SUGGESTED", "", w.lead.user.id],
      ...path.map((step, index) => [
        index === 0 ? "SUGGESTED" : path[index - 1]?.to,
        step.to,
        `Note ${index}`,
        movers[index % movers.length]?.user.id,
      ]),
    ]);
    for (const change of detail.statusChanges) expect(change.changedAt).toBeInstanceOf(Date);
    if (last?.to === "CLOSED") {
      expect(detail).toMatchObject({ outcome: last.outcome, closeReason: last.closeReason ?? null, followUpOn: null });
      expect(detail.closedAt).toBeInstanceOf(Date);
      expect(detail.nextStatuses).toEqual([]);
    }
    const audited = await h.services.db.auditEvent.count({ where: { action: "referral.move", entityId: referral.id } });
    expect(audited).toBe(path.length);
  });
});

describe("every step not allowed", () => {
  const ALLOWED = new Set([
    "SUGGESTED→MADE",
    "SUGGESTED→DECLINED_BY_MEMBER",
    "SUGGESTED→CLOSED",
    "MADE→CONNECTED",
    "MADE→DECLINED_BY_MEMBER",
    "MADE→COULD_NOT_REACH",
    "MADE→RESOURCE_DECLINED",
    "CONNECTED→CLOSED",
    "DECLINED_BY_MEMBER→CLOSED",
    "COULD_NOT_REACH→MADE",
    "COULD_NOT_REACH→CLOSED",
    "RESOURCE_DECLINED→CLOSED",
  ]);

  it.each(REFERRAL_STATUSES)("from %s is refused naming the status, and changes nothing", async (from) => {
    const referralId = await referralIn(from);
    const refused = REFERRAL_STATUSES.filter((to) => !ALLOWED.has(`${from}→${to}`));
    for (const to of refused) {
      const closing = to === "CLOSED" ? { outcome: "SUCCESSFUL" as const } : {};
      await expectRefused(w.admin.caller.referrals.move({ referralId, to, note: "try", ...closing }), "BAD_REQUEST", "to");
    }
    const stored = await h.services.db.referral.findUniqueOrThrow({
      where: { id: referralId },
      include: { statusChanges: true },
    });
    expect(stored.status).toBe(from);
    expect(stored.statusChanges.every((c) => c.note !== "try")).toBe(true);
  });
});

describe("the sharing agreement", () => {
  it("is needed before a referral that shares the member's information is made", async () => {
    const referral = await logForAlice({ sharesInformation: true, informationSharing: false });
    await expectRefused(
      w.lead.caller.referrals.move({ referralId: referral.id, to: "MADE", note: "Sent the form" }),
      "BAD_REQUEST",
      "informationSharing",
    );
    expect((await h.services.db.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("SUGGESTED");
    // agreeing with the step records the agreement
    await w.lead.caller.referrals.move({
      referralId: referral.id,
      to: "MADE",
      note: "Agreed on the phone",
      informationSharing: true,
    });
    expect(await h.services.db.referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({
      status: "MADE",
      informationSharing: true,
    });
  });

  it("given when logged is enough, and is not needed when nothing is shared", async () => {
    const agreed = await logForAlice({ sharesInformation: true, informationSharing: true });
    await expect(w.lead.caller.referrals.move({ referralId: agreed.id, to: "MADE", note: "Sent" })).resolves.toMatchObject({
      status: "MADE",
    });
    const private_ = await logForAlice({ sharesInformation: false });
    await expect(
      w.lead.caller.referrals.move({ referralId: private_.id, to: "MADE", note: "Gave the number" }),
    ).resolves.toMatchObject({
      status: "MADE",
    });
  });
});

describe("closing", () => {
  it("needs an outcome, and a reason from the list when it did not succeed", async () => {
    const referralId = await referralIn("CONNECTED");
    const move = w.lead.caller.referrals.move;
    await expectRefused(move({ referralId, to: "CLOSED", note: "Done" }), "BAD_REQUEST", "outcome");
    await expectRefused(move({ referralId, to: "CLOSED", note: "Done", outcome: "UNSUCCESSFUL" }), "BAD_REQUEST", "closeReason");
    await expectRefused(
      move({ referralId, to: "CLOSED", note: "Done", outcome: "UNSUCCESSFUL", closeReason: "BORED" as never }),
      "BAD_REQUEST",
      "closeReason",
    );
    await expectRefused(
      move({ referralId, to: "CLOSED", note: "Done", outcome: "SUCCESSFUL", closeReason: "OTHER" }),
      "BAD_REQUEST",
      "closeReason",
    );
    await expectRefused(move({ referralId, to: "CLOSED", note: " ", outcome: "SUCCESSFUL" }), "BAD_REQUEST", "note");
    expect((await h.services.db.referral.findUniqueOrThrow({ where: { id: referralId } })).status).toBe("CONNECTED");
    await move({ referralId, to: "CLOSED", note: "Attending weekly", outcome: "SUCCESSFUL" });
  });

  it("records the outcome only when closing", async () => {
    const referralId = await referralIn("MADE");
    await expectRefused(
      w.lead.caller.referrals.move({ referralId, to: "CONNECTED", note: "First visit", outcome: "SUCCESSFUL" }),
      "BAD_REQUEST",
      "outcome",
    );
  });

  it("keeps the follow-up date a step gives, and clears it on closing", async () => {
    const referralId = await referralIn("SUGGESTED");
    await w.lead.caller.referrals.move({ referralId, to: "MADE", note: "Called", followUpOn: "2030-01-15" });
    expect((await h.services.db.referral.findUniqueOrThrow({ where: { id: referralId } })).followUpOn).toEqual(
      new Date("2030-01-15T00:00:00Z"),
    );
  });
});

describe("two people recording a step at once", () => {
  it("one step wins; the other is refused as no longer allowed, never recorded twice", async () => {
    const referralId = await referralIn("MADE");
    const results = await Promise.allSettled(
      [w.lead, w.co, w.admin, w.lead].map((by) =>
        by.caller.referrals.move({ referralId, to: "CONNECTED", note: "They called back" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const changes = await h.services.db.referralStatusChange.count({ where: { referralId, toStatus: "CONNECTED" } });
    expect(changes).toBe(1);
  });
});
