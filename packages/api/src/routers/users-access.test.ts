import { createUserRecord } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { type Browser, signedInBrowser } from "../testing/browser.ts";
import { type Harness, openHarness } from "../testing/harness.ts";
import { expectRefused } from "../testing/refusals.ts";

type Caller = Awaited<ReturnType<Harness["callerWithToken"]>>;

let h: Harness;
let admin: Browser;
// Someone else's account, with a credential: every admin call below aims at it.
let target: { id: string; email: string; credentialId: string };
beforeAll(async () => {
  h = await openHarness();
  admin = await signedInBrowser(h, "ADMIN");
  const user = await createUserRecord(h.services.db, { role: "FACILITATOR", licence: { title: "LCSW", expiresAt: null } });
  const credential = await h.services.db.credential.findFirstOrThrow({ where: { userId: user.id } });
  target = { id: user.id, email: user.email, credentialId: credential.id };
});
afterAll(() => h.close());

/** Every admin-only procedure of the users router, called with valid input about someone else. */
const ADMIN_CALLS: Record<string, (c: Caller) => Promise<unknown>> = {
  "users.list": (c) => c.users.list({}),
  "users.counts": (c) => c.users.counts(),
  "users.get": (c) => c.users.get({ userId: target.id }),
  "users.create": (c) =>
    c.users.create({
      name: "Sneaky Account",
      email: "sneaky@example.org",
      role: "ADMIN",
      temporaryPassword: "sneaky-password-1",
    }),
  "users.update": (c) => c.users.update({ userId: target.id, name: "Renamed", email: "renamed@example.org" }),
  "users.changeRole": (c) => c.users.changeRole({ userId: target.id, role: "ADMIN" }),
  "users.setActive": (c) => c.users.setActive({ userId: target.id, active: false }),
  "users.resetPassword": (c) => c.users.resetPassword({ userId: target.id, temporaryPassword: "taken-over-pass-1" }),
  "users.addCredential": (c) => c.users.addCredential({ userId: target.id, kind: "CERTIFICATION", title: "Forged" }),
  "users.updateCredential": (c) =>
    c.users.updateCredential({ credentialId: target.credentialId, kind: "CERTIFICATION", title: "Forged" }),
  "users.removeCredential": (c) => c.users.removeCredential({ credentialId: target.credentialId }),
};
const SIGNED_IN_CALLS: Record<string, (c: Caller) => Promise<unknown>> = {
  "users.facilitators": (c) => c.users.facilitators(),
};

/** Everything an admin call could have changed about the target, and whether anything was audited. */
async function snapshot() {
  const db = h.services.db;
  return {
    user: await db.user.findUniqueOrThrow({ where: { id: target.id }, include: { credentials: true } }),
    sessions: await db.signInSession.count({ where: { userId: target.id } }),
    users: await db.user.count(),
    audit: await db.auditEvent.count(),
  };
}

it("classifies every procedure of the users router", () => {
  const procedures = Object.keys(appRouter._def.procedures).filter((p) => p.startsWith("users."));
  expect([...Object.keys(ADMIN_CALLS), ...Object.keys(SIGNED_IN_CALLS)].sort()).toEqual(procedures.sort());
});

describe.each(["FACILITATOR", "STAFF"] as const)("a signed-in %s", (role) => {
  it.each(Object.entries(ADMIN_CALLS))("is refused %s, and nothing changes", async (_name, call) => {
    const caller = await (await signedInBrowser(h, role)).request();
    const before = await snapshot();
    await expectRefused(call(caller), "FORBIDDEN");
    expect(await snapshot()).toEqual(before);
  });

  it("may read the facilitator list", async () => {
    const caller = await (await signedInBrowser(h, role)).request();
    await expect(caller.users.facilitators()).resolves.toEqual(
      expect.arrayContaining([expect.objectContaining({ id: target.id })]),
    );
  });
});

describe("someone not signed in", () => {
  it.each(Object.entries({ ...ADMIN_CALLS, ...SIGNED_IN_CALLS }))("is refused %s as UNAUTHORIZED", async (_name, call) => {
    const before = await snapshot();
    await expectRefused(call(h.anonymous()), "UNAUTHORIZED");
    // a cookie the server does not know is no better than none
    await expectRefused(call(await h.callerWithToken("forged-or-expired-token")), "UNAUTHORIZED");
    expect(await snapshot()).toEqual(before);
  });
});

describe("changes take effect on the very next request of someone already signed in", () => {
  it("a demoted admin loses admin procedures at once, and regains them when promoted", async () => {
    const other = await signedInBrowser(h, "ADMIN");
    await expect((await other.request()).users.list({})).resolves.toMatchObject({ total: expect.any(Number) });
    await (await admin.request()).users.changeRole({ userId: other.user.id, role: "FACILITATOR" });
    await expectRefused((await other.request()).users.list({}), "FORBIDDEN");
    expect(await (await other.request()).auth.me()).toMatchObject({ id: other.user.id, role: "FACILITATOR" });
    await (await admin.request()).users.changeRole({ userId: other.user.id, role: "ADMIN" });
    await expect((await other.request()).users.list({})).resolves.toMatchObject({ total: expect.any(Number) });
  });

  it("a promoted facilitator gains admin procedures at once", async () => {
    const other = await signedInBrowser(h, "FACILITATOR");
    await expectRefused((await other.request()).users.list({}), "FORBIDDEN");
    await (await admin.request()).users.changeRole({ userId: other.user.id, role: "ADMIN" });
    await expect((await other.request()).users.list({})).resolves.toMatchObject({ total: expect.any(Number) });
  });

  it("a deactivated person is signed out at once", async () => {
    const other = await signedInBrowser(h, "ADMIN");
    await (await admin.request()).users.setActive({ userId: other.user.id, active: false });
    expect(await (await other.request()).auth.me()).toBeNull();
    await expectRefused((await other.request()).users.list({}), "UNAUTHORIZED");
    await expectRefused((await other.request()).users.facilitators(), "UNAUTHORIZED");
  });

  it("a person whose password was reset is signed out at once", async () => {
    const other = await signedInBrowser(h, "STAFF");
    await (await admin.request()).users.resetPassword({ userId: other.user.id, temporaryPassword: "brand-new-temp-1" });
    expect(await (await other.request()).auth.me()).toBeNull();
  });
});

describe("the organisation always keeps an active administrator", () => {
  // its own database, so that the admin below really is the only one
  let solo: Harness;
  let only: Browser;
  beforeAll(async () => {
    solo = await openHarness();
    only = await signedInBrowser(solo, "ADMIN");
    await createUserRecord(solo.services.db, { role: "ADMIN", active: false }); // an inactive admin does not count
  });
  afterAll(() => solo.close());

  it("the last active admin cannot demote themselves", async () => {
    for (const role of ["FACILITATOR", "STAFF"] as const) {
      const error = await expectRefused((await only.request()).users.changeRole({ userId: only.user.id, role }), "CONFLICT");
      expect(error.message).toMatch(/last active administrator/);
    }
    expect((await solo.services.db.user.findUniqueOrThrow({ where: { id: only.user.id } })).role).toBe("ADMIN");
  });

  it("an admin cannot deactivate themselves", async () => {
    await expectRefused((await only.request()).users.setActive({ userId: only.user.id, active: false }), "CONFLICT");
    expect(await (await only.request()).auth.me()).toMatchObject({ id: only.user.id, role: "ADMIN" });
  });

  it("with a second active admin, either may step down, and then the other is the last", async () => {
    const second = await signedInBrowser(solo, "ADMIN");
    await (await second.request()).users.changeRole({ userId: second.user.id, role: "STAFF" });
    await expectRefused((await second.request()).users.list({}), "FORBIDDEN");
    // the remaining admin is the last one again
    await expectRefused((await only.request()).users.changeRole({ userId: only.user.id, role: "STAFF" }), "CONFLICT");
    // and an admin may deactivate another admin while one remains
    await (await only.request()).users.changeRole({ userId: second.user.id, role: "ADMIN" });
    await (await only.request()).users.setActive({ userId: second.user.id, active: false });
    expect(await (await second.request()).auth.me()).toBeNull();
  });
});
