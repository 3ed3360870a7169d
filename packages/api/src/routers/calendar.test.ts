import { hashToken } from "@circle/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { expectRefused } from "../testing/refusals.ts";

// The feed itself (GET /calendar/<token>.ics) is tested in apps/server/src/http/calendar-feed.test.ts.

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const storedHash = async (userId: string) =>
  (await h.services.db.user.findUniqueOrThrow({ where: { id: userId } })).calendarTokenHash;
const tokenOf = (path: string) => path.replace(/^\/calendar\//, "").replace(/\.ics$/, "");

describe("calendar", () => {
  it("issues a private feed URL, keeping only the token's hash; issuing again replaces it; revoking ends it", async () => {
    const { caller, user } = await h.signedIn("FACILITATOR");
    expect(await caller.calendar.status()).toEqual({ active: false });

    const first = await caller.calendar.issue();
    expect(first.path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await caller.calendar.status()).toEqual({ active: true });
    expect(await storedHash(user.id)).toBe(hashToken(tokenOf(first.path)));

    const second = await caller.calendar.issue();
    expect(tokenOf(second.path)).not.toBe(tokenOf(first.path));
    expect(await storedHash(user.id)).toBe(hashToken(tokenOf(second.path)));

    expect(await caller.calendar.revoke()).toEqual({ active: false });
    expect(await caller.calendar.status()).toEqual({ active: false });
    expect(await storedHash(user.id)).toBeNull();

    const audit = await h.services.db.auditEvent.findMany({ where: { entityId: user.id, actorId: user.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(["calendar.issue_feed", "calendar.issue_feed", "calendar.revoke_feed"]);
  });

  it("each person's feed is their own: one issuing does not touch another's", async () => {
    const a = await h.signedIn("FACILITATOR");
    const b = await h.signedIn("ADMIN");
    await a.caller.calendar.issue();
    const before = await storedHash(a.user.id);
    await b.caller.calendar.issue();
    await b.caller.calendar.revoke();
    expect(await storedHash(a.user.id)).toBe(before);
    expect(await a.caller.calendar.status()).toEqual({ active: true });
  });

  it("refuses anyone not signed in", async () => {
    await expectRefused(h.anonymous().calendar.issue(), "UNAUTHORIZED");
    await expectRefused(h.anonymous().calendar.status(), "UNAUTHORIZED");
    await expectRefused(h.anonymous().calendar.revoke(), "UNAUTHORIZED");
  });
});
