import { hashToken, newToken } from "@circle/auth";
import { issueSetupToken } from "@circle/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CookieRecorder, type Harness, openHarness } from "../testing/harness.ts";
import { makeProgram } from "../testing/programs.ts";

// Each test starts from an empty organisation: no administrator yet.
let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

async function setupLink() {
  const token = newToken();
  expect(await issueSetupToken(h.services.db, hashToken(token))).toBe(true);
  return token;
}

const ada = { name: "Ada Admin", email: "ada@example.org", password: "a long passphrase" };

describe("setup.createFirstAdministrator", () => {
  it("creates the first administrator through the printed link, signs them in and uses every link up", async () => {
    const token = await setupLink();
    const other = await setupLink(); // a second server process printed its own
    expect(await h.anonymous().setup.status({ token })).toEqual({ needed: true, linkValid: true });

    const cookie = new CookieRecorder();
    const me = await h.anonymous(cookie).setup.createFirstAdministrator({ token, ...ada, email: "Ada@Example.org" });
    expect(me).toMatchObject({ email: "ada@example.org", role: "ADMIN", mustChangePassword: false });
    expect(await (await h.callerWithToken(cookie.token)).auth.me()).toMatchObject({ role: "ADMIN" });
    expect(await h.services.db.auditEvent.count({ where: { action: "user.create", entityId: me.id } })).toBe(1);

    // used: neither link works again, and no new one is issued while an administrator exists
    expect(await h.services.db.setupToken.count()).toBe(0);
    expect(await h.anonymous().setup.status({ token: other })).toEqual({ needed: false, linkValid: false });
    await expect(
      h.anonymous().setup.createFirstAdministrator({ token: other, ...ada, email: "eve@example.org" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "Circle already has an administrator: sign in instead" });
    expect(await issueSetupToken(h.services.db, hashToken(newToken()))).toBe(false);
  });

  it("refuses a wrong link and creates nobody", async () => {
    await setupLink();
    expect(await h.anonymous().setup.status({ token: "not-the-link" })).toEqual({ needed: true, linkValid: false });
    expect(await h.anonymous().setup.status({})).toEqual({ needed: true, linkValid: false });
    await expect(h.anonymous().setup.createFirstAdministrator({ token: "not-the-link", ...ada })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await h.services.db.user.count()).toBe(0);
  });

  it("refuses a bad field by name", async () => {
    const token = await setupLink();
    await expect(h.anonymous().setup.createFirstAdministrator({ token, ...ada, password: "short" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("password"),
    });
  });

  it("creates one administrator when two submissions race", async () => {
    const token = await setupLink();
    const results = await Promise.allSettled(
      [1, 2, 3].map((n) => h.anonymous().setup.createFirstAdministrator({ token, ...ada, email: `admin${n}@example.org` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected") expect((r.reason as { code: string }).code).toMatch(/CONFLICT|FORBIDDEN/);
    expect(await h.services.db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});

describe("setup.gettingStarted", () => {
  it("tells an administrator which of an organisation's first steps are done (1) and which not (0)", async () => {
    const { caller: admin } = await h.signedIn("ADMIN");
    expect(await admin.setup.gettingStarted()).toEqual({
      consentDocuments: 0,
      programs: 0,
      facilitators: 0,
      cohorts: 0,
      applications: 0,
    });
    await makeProgram(admin, {}, { modules: 1 });
    await makeProgram(admin, {}, { modules: 1 }); // done is done: two programs are still 1
    await h.signedIn("FACILITATOR");
    expect(await admin.setup.gettingStarted()).toMatchObject({ programs: 1, facilitators: 1, cohorts: 0 });
  });

  it("is refused to facilitators and staff", async () => {
    for (const role of ["FACILITATOR", "STAFF"] as const) {
      const { caller } = await h.signedIn(role);
      await expect(caller.setup.gettingStarted()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
