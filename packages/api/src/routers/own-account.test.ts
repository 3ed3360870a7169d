import { startSession, verifyPassword } from "@circle/auth";
import { FACTORY_PASSWORD } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInBrowser } from "../testing/browser.ts";
import { CookieRecorder, type Harness, openHarness } from "../testing/harness.ts";
import { expectRefused } from "../testing/refusals.ts";

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const storedUser = (id: string) => h.services.db.user.findUniqueOrThrow({ where: { id } });

describe("auth.profile", () => {
  it("shows the signed-in person their own account and credentials, without the password hash", async () => {
    const me = await signedInBrowser(h, "FACILITATOR", {
      licence: { title: "LCSW", expiresAt: new Date("2028-01-31T00:00:00Z") },
    });
    await signedInBrowser(h, "ADMIN"); // someone else, who must not show up
    const profile = await (await me.request()).auth.profile();
    expect(profile).toMatchObject({
      id: me.user.id,
      email: me.user.email,
      name: me.user.name,
      role: "FACILITATOR",
      mustChangePassword: false,
    });
    expect(profile.credentials).toEqual([
      expect.objectContaining({ title: "LCSW", expiresAt: new Date("2028-01-31T00:00:00Z") }),
    ]);
    expect(profile).not.toHaveProperty("passwordHash");
  });

  it("is open to someone who must still change their password, and closed to someone not signed in", async () => {
    const pending = await signedInBrowser(h, "STAFF", { mustChangePassword: true });
    await expect((await pending.request()).auth.profile()).resolves.toMatchObject({
      id: pending.user.id,
      mustChangePassword: true,
    });
    await expectRefused(h.anonymous().auth.profile(), "UNAUTHORIZED");
  });
});

describe("auth.changePassword", () => {
  it("sets the new password, clears the must-change flag, and ends the person's other sessions but not this one", async () => {
    const me = await signedInBrowser(h, "FACILITATOR", { mustChangePassword: true });
    const phone = await startSession(h.services.db, me.user.id, h.services.sessionPolicy);
    const colleague = await signedInBrowser(h, "FACILITATOR");

    await expectRefused((await me.request()).users.facilitators(), "FORBIDDEN");
    expect(
      await (await me.request()).auth.changePassword({
        currentPassword: FACTORY_PASSWORD,
        newPassword: "a much better passphrase",
      }),
    ).toEqual({ changed: true });

    const stored = await storedUser(me.user.id);
    expect(stored.mustChangePassword).toBe(false);
    expect(await verifyPassword(stored.passwordHash, "a much better passphrase")).toBe(true);
    expect(await verifyPassword(stored.passwordHash, FACTORY_PASSWORD)).toBe(false);

    // this browser carries on, now past the must-change gate; the phone is signed out; others untouched
    expect(await (await me.request()).auth.me()).toMatchObject({ id: me.user.id, mustChangePassword: false });
    await expect((await me.request()).users.facilitators()).resolves.toEqual(expect.any(Array));
    expect(await (await h.callerWithToken(phone.token)).auth.me()).toBeNull();
    expect(await (await colleague.request()).auth.me()).toMatchObject({ id: colleague.user.id });

    const audit = await h.services.db.auditEvent.findMany({
      where: { entityId: me.user.id, action: "user.change_own_password" },
    });
    expect(audit).toEqual([expect.objectContaining({ actorId: me.user.id, ip: "203.0.113.9", userAgent: "vitest" })]);
    expect(JSON.stringify(audit)).not.toContain("a much better passphrase");

    // the new password signs in; the old one no longer does
    await expect(
      h
        .anonymous(new CookieRecorder(), "198.51.100.1")
        .auth.signIn({ email: me.user.email, password: "a much better passphrase" }),
    ).resolves.toMatchObject({
      mustChangePassword: false,
    });
    await expectRefused(
      h.anonymous(new CookieRecorder(), "198.51.100.1").auth.signIn({ email: me.user.email, password: FACTORY_PASSWORD }),
      "UNAUTHORIZED",
    );
  });

  it("refuses a wrong current password, naming currentPassword, and changes nothing", async () => {
    const me = await signedInBrowser(h, "STAFF", { mustChangePassword: true });
    const phone = await startSession(h.services.db, me.user.id, h.services.sessionPolicy);
    const before = await storedUser(me.user.id);
    await expectRefused(
      (await me.request()).auth.changePassword({ currentPassword: "not my password", newPassword: "a much better passphrase" }),
      "BAD_REQUEST",
      "currentPassword",
    );
    expect(await storedUser(me.user.id)).toEqual(before);
    expect(await (await h.callerWithToken(phone.token)).auth.me()).not.toBeNull();
  });

  it("refuses a new password that is too short or the same as the current one, naming newPassword", async () => {
    const me = await signedInBrowser(h, "STAFF");
    const caller = await me.request();
    await expectRefused(
      caller.auth.changePassword({ currentPassword: FACTORY_PASSWORD, newPassword: "short" }),
      "BAD_REQUEST",
      "newPassword",
    );
    await expectRefused(
      caller.auth.changePassword({ currentPassword: FACTORY_PASSWORD, newPassword: FACTORY_PASSWORD }),
      "BAD_REQUEST",
      "newPassword",
    );
    expect((await storedUser(me.user.id)).passwordHash).toBe(me.user.passwordHash);
  });

  it("is refused to someone not signed in", async () => {
    await expectRefused(
      h.anonymous().auth.changePassword({ currentPassword: FACTORY_PASSWORD, newPassword: "a much better passphrase" }),
      "UNAUTHORIZED",
    );
  });
});
