import { createUserRecord, FACTORY_PASSWORD } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner } from "../context.ts";
import { createCaller } from "../root.ts";
import { CookieRecorder, type Harness, openHarness } from "../testing/harness.ts";
import { expectRefused } from "../testing/refusals.ts";

// The sign-in limits under attack: guesses sent together (in parallel on PostgreSQL, or in one
// batched request), and one address guessing emails while the office behind it signs in.

const limits = { perAccount: 5, perAddress: 4, windowSeconds: 900 };
let h: Harness;
beforeAll(async () => {
  h = await openHarness(limits);
});
afterAll(() => h.close());

let n = 0;
const address = () => `198.51.100.${++n}`;
const signIn = (email: string, password: string, ip = address(), cookie = new CookieRecorder()) =>
  h.anonymous(cookie, ip).auth.signIn({ email, password });
const outcomesOf = async (calls: Promise<unknown>[]) =>
  (await Promise.allSettled(calls)).map((o) => (o.status === "fulfilled" ? "SIGNED_IN" : (o.reason as { code: string }).code));
const count = (outcomes: string[], code: string) => outcomes.filter((o) => o === code).length;

describe("guesses sent together", () => {
  it("20 wrong passwords at once: only the account's 5 are checked, and every one is counted", async () => {
    const { email } = await createUserRecord(h.services.db, { email: "parallel@example.org" });
    const outcomes = await outcomesOf(Array.from({ length: 20 }, (_, i) => signIn(email, `wrong guess ${i}`)));
    expect(count(outcomes, "UNAUTHORIZED")).toBe(limits.perAccount);
    expect(count(outcomes, "TOO_MANY_REQUESTS")).toBe(20 - limits.perAccount);
    expect((await h.services.db.rateLimit.findUniqueOrThrow({ where: { key: `signin:account:${email}` } })).points).toBe(20);
    // and the right password after them is refused too
    await expectRefused(signIn(email, FACTORY_PASSWORD), "TOO_MANY_REQUESTS");
  });

  it("the right password hidden among many guesses at once does not get through once the limit is used", async () => {
    const { email } = await createUserRecord(h.services.db, { email: "hidden@example.org" });
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 29 ? FACTORY_PASSWORD : `guess ${i}`));
    const outcomes = await outcomesOf(guesses.map((password) => signIn(email, password)));
    expect(count(outcomes, "SIGNED_IN") + count(outcomes, "UNAUTHORIZED")).toBe(limits.perAccount);
  });

  it("refuses auth.signIn inside a batch, before any password is checked", async () => {
    const { email } = await createUserRecord(h.services.db, { email: "batched@example.org" });
    const cookie = new CookieRecorder();
    const inBatch = createCaller(createContextInner(h.services, { cookie, ip: address(), callsInRequest: 2 }));
    const error = await expectRefused(inBatch.auth.signIn({ email, password: FACTORY_PASSWORD }), "BAD_REQUEST");
    expect(error.message).toBe("Sign in with a request of its own, not in a batch");
    expect(cookie.token).toBeUndefined();
    expect(await h.services.db.rateLimit.findUnique({ where: { key: `signin:account:${email}` } })).toBeNull();
    const refusals = await h.services.db.auditEvent.findMany({ where: { action: "auth.refuse_sign_in" } });
    expect(refusals.map((e) => e.details)).toContainEqual({ email, reason: "batched" });
  });
});

describe("one address guessing emails", () => {
  it("refuses its failed attempts, never a known user's correct password", async () => {
    const office = address();
    const { email } = await createUserRecord(h.services.db, { email: "office@example.org" });
    for (let i = 0; i < limits.perAddress; i++) {
      await expectRefused(signIn(`nobody.${i}@example.org`, "guessing", office), "UNAUTHORIZED");
    }
    await expectRefused(signIn("nobody.more@example.org", "guessing", office), "TOO_MANY_REQUESTS");
    // a known account's wrong password from there is answered the same (nothing tells who exists)…
    await expectRefused(signIn(email, "typo in it", office), "TOO_MANY_REQUESTS");
    // …but its right password still signs in
    const cookie = new CookieRecorder();
    expect(await signIn(email, FACTORY_PASSWORD, office, cookie)).toMatchObject({ email });
    expect(cookie.token).toBeDefined();
  });

  it("known users' mistakes never count against their shared address", async () => {
    const office = address();
    for (let i = 0; i < limits.perAddress * 2; i++) {
      const { email } = await createUserRecord(h.services.db, { email: `colleague.${i}@example.org` });
      await expectRefused(signIn(email, "typo in it", office), "UNAUTHORIZED");
      expect(await signIn(email, FACTORY_PASSWORD, office)).toMatchObject({ email });
    }
  });
});

describe("a success gives back its attempt", () => {
  it("signing in does not use up the account's attempts", async () => {
    const { email } = await createUserRecord(h.services.db, { email: "regular@example.org" });
    for (let i = 0; i < limits.perAccount * 2; i++) await signIn(email, FACTORY_PASSWORD);
    await expectRefused(signIn(email, "one typo"), "UNAUTHORIZED");
  });
});
