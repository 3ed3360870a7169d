import type { DbHandle } from "@circle/db";
import { createUserRecord, openTestDb } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteExpiredSessions, endSession, resolveSession, type SessionPolicy, startSession } from "./sessions.ts";
import { hashToken } from "./tokens.ts";

const policy: SessionPolicy = { idleMinutes: 30, maxHours: 12 };
const MINUTE = 60_000;
const T0 = new Date("2026-03-02T09:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

/** A user signed in at T0 (unless told otherwise). */
async function signedInUser(overrides: Parameters<typeof createUserRecord>[1] = {}, now = T0) {
  const user = await createUserRecord(handle.prisma, overrides);
  const { token, expiresAt } = await startSession(handle.prisma, user.id, policy, {}, now);
  return { user, token, expiresAt };
}

const stored = (token: string) => handle.prisma.signInSession.findUnique({ where: { tokenHash: hashToken(token) } });

describe("startSession", () => {
  it("stores only the token's hash, with who, from where and when it ends", async () => {
    const user = await createUserRecord(handle.prisma, { role: "STAFF" });
    const { token, expiresAt } = await startSession(
      handle.prisma,
      user.id,
      policy,
      { ip: "198.51.100.4", userAgent: "x".repeat(500) },
      T0,
    );
    expect(expiresAt).toEqual(at(12 * 60 * MINUTE));
    const rows = await handle.prisma.signInSession.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tokenHash: hashToken(token), ip: "198.51.100.4", createdAt: T0, lastSeenAt: T0, expiresAt });
    expect(rows[0]?.userAgent).toHaveLength(300);
    expect(JSON.stringify(rows[0])).not.toContain(token);
  });
});

describe("resolveSession", () => {
  it("resolves a live token to the user as stored now", async () => {
    const { user, token, expiresAt } = await signedInUser({ role: "FACILITATOR", mustChangePassword: true });
    const resolved = await resolveSession(handle.prisma, token, policy, at(MINUTE));
    expect(resolved).toEqual({
      sessionId: expect.any(String),
      expiresAt,
      user: { id: user.id, email: user.email, name: user.name, role: "FACILITATOR", mustChangePassword: true },
    });
  });

  it("resolves no token, an unknown token and the stored hash itself to nobody", async () => {
    const { token } = await signedInUser();
    expect(await resolveSession(handle.prisma, undefined, policy, T0)).toBeNull();
    expect(await resolveSession(handle.prisma, "", policy, T0)).toBeNull();
    expect(await resolveSession(handle.prisma, `${token}x`, policy, T0)).toBeNull();
    // a stolen copy of the database cannot be replayed as a cookie
    expect(await resolveSession(handle.prisma, hashToken(token), policy, T0)).toBeNull();
  });

  it("reads the role fresh at every request", async () => {
    const { user, token } = await signedInUser({ role: "ADMIN" });
    await handle.prisma.user.update({ where: { id: user.id }, data: { role: "STAFF" } });
    expect((await resolveSession(handle.prisma, token, policy, at(MINUTE)))?.user.role).toBe("STAFF");
  });

  it("ends a session left idle for the idle limit, and deletes it", async () => {
    const { token } = await signedInUser();
    expect(await resolveSession(handle.prisma, token, policy, at(30 * MINUTE - 1))).not.toBeNull();
    // that request counted as activity: the idle clock restarted there
    expect(await resolveSession(handle.prisma, token, policy, at(59 * MINUTE))).not.toBeNull();
    expect(await resolveSession(handle.prisma, token, policy, at(89 * MINUTE))).toBeNull();
    expect(await stored(token)).toBeNull();
    // once ended it stays ended, even at a time that would have been within the limit
    expect(await resolveSession(handle.prisma, token, policy, at(60 * MINUTE))).toBeNull();
  });

  it("ends a session at its absolute limit however active it is, and deletes it", async () => {
    const { token, expiresAt } = await signedInUser();
    for (let minute = 20; minute < 12 * 60; minute += 20) {
      expect(await resolveSession(handle.prisma, token, policy, at(minute * MINUTE))).not.toBeNull();
    }
    expect(await resolveSession(handle.prisma, token, policy, new Date(expiresAt.getTime() - 1))).not.toBeNull();
    expect(await resolveSession(handle.prisma, token, policy, expiresAt)).toBeNull();
    expect(await stored(token)).toBeNull();
  });

  it("resolves an inactive user's session to nobody and deletes it", async () => {
    const { user, token } = await signedInUser();
    await handle.prisma.user.update({ where: { id: user.id }, data: { active: false, deactivatedAt: T0 } });
    expect(await resolveSession(handle.prisma, token, policy, at(MINUTE))).toBeNull();
    expect(await stored(token)).toBeNull();
    // reactivating does not bring the old session back
    await handle.prisma.user.update({ where: { id: user.id }, data: { active: true, deactivatedAt: null } });
    expect(await resolveSession(handle.prisma, token, policy, at(2 * MINUTE))).toBeNull();
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const { token } = await signedInUser();
    await resolveSession(handle.prisma, token, policy, at(59_999));
    expect((await stored(token))?.lastSeenAt).toEqual(T0);
    await resolveSession(handle.prisma, token, policy, at(MINUTE));
    expect((await stored(token))?.lastSeenAt).toEqual(at(MINUTE));
    await resolveSession(handle.prisma, token, policy, at(MINUTE + 30_000));
    expect((await stored(token))?.lastSeenAt).toEqual(at(MINUTE));
    await resolveSession(handle.prisma, token, policy, at(3 * MINUTE));
    expect((await stored(token))?.lastSeenAt).toEqual(at(3 * MINUTE));
  });
});

describe("endSession", () => {
  it("endSession ends only that browser's session", async () => {
    const { user, token } = await signedInUser();
    const other = await startSession(handle.prisma, user.id, policy, {}, T0);
    await endSession(handle.prisma, token);
    expect(await resolveSession(handle.prisma, token, policy, at(MINUTE))).toBeNull();
    expect(await resolveSession(handle.prisma, other.token, policy, at(MINUTE))).not.toBeNull();
  });
});

describe("deleteExpiredSessions", () => {
  // its own database: it deletes across all users, so other tests' sessions would be counted
  let own: DbHandle;
  beforeAll(async () => {
    own = await openTestDb();
  });
  afterAll(() => own.close());

  it("deletes idle and past-limit sessions and keeps live ones", async () => {
    const now = at(24 * 60 * MINUTE);
    const user = await createUserRecord(own.prisma);
    const live = await startSession(own.prisma, user.id, policy, {}, at(24 * 60 * MINUTE - 29 * MINUTE));
    await startSession(own.prisma, user.id, policy, {}, at(24 * 60 * MINUTE - 30 * MINUTE));
    const pastLimit = await startSession(own.prisma, user.id, policy, {}, at(12 * 60 * MINUTE));
    // active all along, so not idle, but at its absolute limit
    await own.prisma.signInSession.update({ where: { tokenHash: hashToken(pastLimit.token) }, data: { lastSeenAt: now } });

    expect(await deleteExpiredSessions(own.prisma, policy, now)).toBe(2);
    const left = await own.prisma.signInSession.findMany({ select: { tokenHash: true } });
    expect(left).toEqual([{ tokenHash: hashToken(live.token) }]);
    expect(await deleteExpiredSessions(own.prisma, policy, now)).toBe(0);
  });
});
