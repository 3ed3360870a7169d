import { createUserRecord, FACTORY_PASSWORD } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieRecorder, type Harness, openHarness } from "../testing/harness.ts";
import { clientShapeOf, refusalOf } from "../testing/refusals.ts";

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ perAccount: 3, perAddress: 50, windowSeconds: 900 });
});
afterAll(() => h.close());

describe("auth.signIn", () => {
  it("signs in with the right password, sets a cookie and resolves the session", async () => {
    const user = await createUserRecord(h.services.db, { role: "STAFF", email: "staff.signin@example.org" });
    const cookie = new CookieRecorder();
    const me = await h.anonymous(cookie).auth.signIn({ email: "Staff.SignIn@example.org", password: FACTORY_PASSWORD });
    expect(me).toMatchObject({ id: user.id, role: "STAFF" });
    expect(cookie.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const caller = await h.callerWithToken(cookie.token);
    expect(await caller.auth.me()).toMatchObject({ id: user.id, email: "staff.signin@example.org" });
    // only the hash of the token is stored
    const stored = await h.services.db.signInSession.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toBe(cookie.token);
  });

  it("refuses a wrong password and an unknown email with the same message", async () => {
    await createUserRecord(h.services.db, { email: "wrong.pw@example.org" });
    await expect(h.anonymous().auth.signIn({ email: "wrong.pw@example.org", password: "not it at all" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Email or password is incorrect",
    });
    await expect(h.anonymous().auth.signIn({ email: "nobody@example.org", password: "whatever12345" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Email or password is incorrect",
    });
  });

  it("gives a new token at every sign-in and ends the browser's previous session", async () => {
    await createUserRecord(h.services.db, { email: "twice@example.org" });
    const cookie = new CookieRecorder();
    await h.anonymous(cookie).auth.signIn({ email: "twice@example.org", password: FACTORY_PASSWORD });
    const first = cookie.token;
    const again = await h.callerWithToken(first, cookie);
    await again.auth.signIn({ email: "twice@example.org", password: FACTORY_PASSWORD });
    expect(cookie.token).not.toBe(first);
    expect(await (await h.callerWithToken(first)).auth.me()).toBeNull();
    expect(await (await h.callerWithToken(cookie.token)).auth.me()).not.toBeNull();
  });

  it("refuses a deactivated account", async () => {
    await createUserRecord(h.services.db, { email: "gone@example.org", active: false });
    await expect(h.anonymous().auth.signIn({ email: "gone@example.org", password: FACTORY_PASSWORD })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("locks an account after repeated failures, even with the right password", async () => {
    await createUserRecord(h.services.db, { email: "locked@example.org" });
    for (let i = 0; i < 3; i++) {
      await expect(h.anonymous().auth.signIn({ email: "locked@example.org", password: "bad password!" })).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    }
    await expect(h.anonymous().auth.signIn({ email: "locked@example.org", password: FACTORY_PASSWORD })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("names each invalid field, in words a person can read", async () => {
    const error = await refusalOf(h.anonymous().auth.signIn({ email: "not-an-email", password: "" }));
    const shape = clientShapeOf(error);
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(shape.data.fieldErrors).toEqual({ email: ["Enter a valid email address"], password: ["Enter your password"] });
    expect(shape.message).toBe("email: Enter a valid email address; password: Enter your password");
  });
});

describe("auth.signOut", () => {
  it("ends the session on the server and clears the cookie", async () => {
    await createUserRecord(h.services.db, { email: "leaving@example.org" });
    const cookie = new CookieRecorder();
    await h.anonymous(cookie).auth.signIn({ email: "leaving@example.org", password: FACTORY_PASSWORD });
    const token = cookie.token;
    await (await h.callerWithToken(token, cookie)).auth.signOut();
    expect(cookie.token).toBeUndefined();
    expect(await (await h.callerWithToken(token)).auth.me()).toBeNull();
  });
});
