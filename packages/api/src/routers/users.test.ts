import { verifyPassword } from "@circle/auth";
import { createUserRecord, FACTORY_PASSWORD } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, signedInBrowser } from "../testing/browser.ts";
import { type Harness, openHarness } from "../testing/harness.ts";
import { clientShapeOf, expectRefused, refusalOf } from "../testing/refusals.ts";

let h: Harness;
let admin: Browser;
beforeAll(async () => {
  h = await openHarness();
  admin = await signedInBrowser(h, "ADMIN");
});
afterAll(() => h.close());

const db = () => h.services.db;
const asAdmin = () => admin.request();
const storedUser = (id: string) => db().user.findUniqueOrThrow({ where: { id }, include: { credentials: true } });
const auditOf = (entityId: string, action: string) =>
  db().auditEvent.findMany({ where: { entityId, action }, orderBy: { createdAt: "asc" } });
const sessionsOf = (userId: string) => db().signInSession.count({ where: { userId } });
const MISSING_ID = "01900000-0000-7000-8000-000000000000";

/** The audit row a change by the signed-in admin must leave. */
const byAdmin = (extra: Record<string, unknown> = {}) => ({
  actorId: admin.user.id,
  entityType: "User",
  ip: "203.0.113.9",
  userAgent: "vitest",
  ...extra,
});

describe("users.create", () => {
  it("creates the account with a temporary password to change at first sign-in, and audits who did it", async () => {
    const created = await (await asAdmin()).users.create({
      name: "  Robin Case ",
      email: " Robin.Case@Example.org ",
      role: "FACILITATOR",
      temporaryPassword: "temporary-pass-123",
      credentials: [
        { kind: "PROFESSIONAL_LICENCE", title: "LCSW", number: "A-1", issuer: "State board", expiresOn: "2027-06-30" },
      ],
    });
    expect(created).toEqual({ id: expect.any(String), name: "Robin Case", email: "robin.case@example.org", role: "FACILITATOR" });

    const stored = await storedUser(created.id);
    expect(stored).toMatchObject({ mustChangePassword: true, active: true, role: "FACILITATOR" });
    expect(await verifyPassword(stored.passwordHash, "temporary-pass-123")).toBe(true);
    expect(stored.credentials).toEqual([
      expect.objectContaining({
        kind: "PROFESSIONAL_LICENCE",
        title: "LCSW",
        number: "A-1",
        issuer: "State board",
        expiresAt: new Date("2027-06-30T00:00:00Z"),
      }),
    ]);
    expect(await auditOf(created.id, "user.create")).toEqual([
      expect.objectContaining(byAdmin({ details: { role: "FACILITATOR" } })),
    ]);

    // the person signs in with the temporary password and must choose a new one first
    const me = await h.anonymous().auth.signIn({ email: "robin.case@example.org", password: "temporary-pass-123" });
    expect(me.mustChangePassword).toBe(true);
  });

  it("refuses an email another account already uses, whatever its case, naming the email field", async () => {
    const existing = await createUserRecord(db(), { email: "taken@example.org" });
    const input = { name: "Second Person", role: "STAFF" as const, temporaryPassword: "temporary-pass-123" };
    await expectRefused((await asAdmin()).users.create({ ...input, email: "Taken@Example.org" }), "CONFLICT", "email");
    expect(await db().user.findMany({ where: { email: "taken@example.org" }, select: { id: true } })).toEqual([
      { id: existing.id },
    ]);
  });

  it("names every invalid field and saves nothing", async () => {
    const before = await db().user.count();
    const error = await expectRefused(
      (await asAdmin()).users.create({
        name: " ",
        email: "not-an-email",
        role: "OWNER" as "ADMIN",
        temporaryPassword: "short",
        credentials: [{ kind: "CERTIFICATION", title: "CPR", expiresOn: "30/06/2027" }],
      }),
      "BAD_REQUEST",
    );
    expect(Object.keys(clientShapeOf(error).data.fieldErrors ?? {}).sort()).toEqual(
      ["credentials.0.expiresOn", "email", "name", "role", "temporaryPassword"].sort(),
    );
    expect(await db().user.count()).toBe(before);
  });
});

describe("users.list", () => {
  // Twelve people whose names share a word no one else in this database has.
  const people: { id: string; name: string; email: string; role: string; active: boolean }[] = [];
  beforeAll(async () => {
    for (let i = 1; i <= 12; i++) {
      const nn = String(i).padStart(2, "0");
      const user = await createUserRecord(db(), {
        name: `Quokka ${nn}`,
        email: `quokka.${nn}@example.org`,
        role: i % 3 === 0 ? "STAFF" : "FACILITATOR",
        active: i % 4 !== 0,
      });
      people.push({ id: user.id, name: user.name, email: user.email, role: user.role, active: user.active });
    }
  });

  const list = async (input: Parameters<Awaited<ReturnType<typeof asAdmin>>["users"]["list"]>[0]) =>
    (await asAdmin()).users.list(input);

  it("pages through the matches in a stable order, with the total", async () => {
    const first = await list({ q: "quokka", pageSize: 10, page: 1 });
    const second = await list({ q: "quokka", pageSize: 10, page: 2 });
    expect(first).toMatchObject({ total: 12, page: 1, pageSize: 10 });
    expect(first.rows).toHaveLength(10);
    expect(second).toMatchObject({ total: 12, page: 2 });
    expect(second.rows).toHaveLength(2);
    expect([...first.rows, ...second.rows].map((r) => r.name)).toEqual(people.map((p) => p.name));
    expect((await list({ q: "quokka", pageSize: 10, page: 3 })).rows).toEqual([]);
  });

  it("sorts by the chosen column in either direction", async () => {
    const desc = await list({ q: "quokka", sort: "name", desc: true, pageSize: 25 });
    expect(desc.rows.map((r) => r.name)).toEqual(people.map((p) => p.name).reverse());
    const byEmail = await list({ q: "quokka", sort: "email", pageSize: 25 });
    expect(byEmail.rows.map((r) => r.email)).toEqual(people.map((p) => p.email).sort());
    const byRole = await list({ q: "quokka", sort: "role", pageSize: 25 });
    // the enum's declared order: FACILITATOR before STAFF
    expect(byRole.rows.map((r) => r.role)).toEqual([...Array(8).fill("FACILITATOR"), ...Array(4).fill("STAFF")]);
  });

  it("puts people who never signed in last, whichever the direction", async () => {
    const [a, b] = people;
    await db().user.update({ where: { id: a?.id }, data: { lastSignInAt: new Date("2026-01-01T10:00:00Z") } });
    await db().user.update({ where: { id: b?.id }, data: { lastSignInAt: new Date("2026-02-01T10:00:00Z") } });
    const asc = await list({ q: "quokka", sort: "lastSignInAt", pageSize: 25 });
    const desc = await list({ q: "quokka", sort: "lastSignInAt", desc: true, pageSize: 25 });
    expect(asc.rows.slice(0, 2).map((r) => r.id)).toEqual([a?.id, b?.id]);
    expect(desc.rows.slice(0, 2).map((r) => r.id)).toEqual([b?.id, a?.id]);
    expect(asc.rows.slice(2).every((r) => r.lastSignInAt === null)).toBe(true);
    expect(desc.rows.slice(2).every((r) => r.lastSignInAt === null)).toBe(true);
  });

  it("searches names and emails, ignoring case", async () => {
    expect((await list({ q: "QUOKKA 1" })).rows.map((r) => r.name)).toEqual(["Quokka 10", "Quokka 11", "Quokka 12"]);
    expect((await list({ q: "Quokka.07@EXAMPLE" })).rows.map((r) => r.email)).toEqual(["quokka.07@example.org"]);
    expect(await list({ q: "no-such-person-anywhere" })).toMatchObject({ rows: [], total: 0 });
  });

  it("filters by role and by active or inactive", async () => {
    const staff = await list({ q: "quokka", role: "STAFF", pageSize: 25 });
    expect(staff.rows.map((r) => r.id)).toEqual(people.filter((p) => p.role === "STAFF").map((p) => p.id));
    const inactive = await list({ q: "quokka", status: "inactive", pageSize: 25 });
    expect(inactive.rows.map((r) => r.id)).toEqual(people.filter((p) => !p.active).map((p) => p.id));
    const active = await list({ q: "quokka", status: "active", role: "FACILITATOR", pageSize: 25 });
    expect(active.rows.map((r) => r.id)).toEqual(people.filter((p) => p.active && p.role === "FACILITATOR").map((p) => p.id));
    expect(active.total).toBe(active.rows.length);
  });

  it("never returns password hashes", async () => {
    const { rows } = await list({ q: "quokka" });
    for (const row of rows) expect(row).not.toHaveProperty("passwordHash");
    expect(JSON.stringify(rows)).not.toContain("$argon2id$");
  });

  it("refuses a page size or sort column outside the allowed ones, naming the field", async () => {
    await expectRefused(list({ pageSize: 7 }), "BAD_REQUEST", "pageSize");
    await expectRefused(list({ sort: "passwordHash" as "name" }), "BAD_REQUEST", "sort");
    await expectRefused(list({ page: 0 }), "BAD_REQUEST", "page");
  });
});

describe("users.get", () => {
  it("returns one person with credentials and cohort roles, without the password hash", async () => {
    const user = await createUserRecord(db(), { role: "FACILITATOR", licence: { title: "LPC", expiresAt: null } });
    const got = await (await asAdmin()).users.get({ userId: user.id });
    expect(got).toMatchObject({ id: user.id, email: user.email, role: "FACILITATOR", active: true, deactivatedAt: null });
    expect(got.credentials).toEqual([expect.objectContaining({ title: "LPC", kind: "PROFESSIONAL_LICENCE" })]);
    expect(got.cohortRoles).toEqual([]);
    expect(got).not.toHaveProperty("passwordHash");
  });

  it("answers NOT_FOUND for an unknown id and BAD_REQUEST for a malformed one", async () => {
    await expectRefused((await asAdmin()).users.get({ userId: MISSING_ID }), "NOT_FOUND");
    await expectRefused((await asAdmin()).users.get({ userId: "42" }), "BAD_REQUEST", "userId");
  });
});

describe("users.facilitators", () => {
  it("lists active facilitators and admins, with whether their licence is current, to anyone signed in", async () => {
    const today = new Date();
    const yesterday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 1));
    const licensed = await createUserRecord(db(), { role: "FACILITATOR", licence: { title: "LCSW", expiresAt: null } });
    const lapsed = await createUserRecord(db(), { role: "FACILITATOR", licence: { title: "LPC", expiresAt: yesterday } });
    const peer = await createUserRecord(db(), {
      role: "FACILITATOR",
      licence: { title: "Peer specialist", expiresAt: null, kind: "PEER_SUPPORT_TRAINING" },
    });
    const leadAdmin = await createUserRecord(db(), { role: "ADMIN" });
    const staff = await createUserRecord(db(), { role: "STAFF" });
    const gone = await createUserRecord(db(), { role: "FACILITATOR", active: false });

    const staffReader = await signedInBrowser(h, "STAFF");
    const list = await (await staffReader.request()).users.facilitators();
    const byId = new Map(list.map((f) => [f.id, f]));
    expect(byId.get(licensed.id)).toEqual({ id: licensed.id, name: licensed.name, role: "FACILITATOR", licensed: true });
    expect(byId.get(lapsed.id)?.licensed).toBe(false);
    expect(byId.get(peer.id)?.licensed).toBe(false);
    expect(byId.get(leadAdmin.id)?.licensed).toBe(false);
    expect(byId.has(staff.id)).toBe(false);
    expect(byId.has(gone.id)).toBe(false);
  });
});

describe("users.update", () => {
  it("changes name and email, audited; the person then signs in with the new email", async () => {
    const user = await createUserRecord(db(), { name: "Old Name", email: "old.address@example.org" });
    const updated = await (await asAdmin()).users.update({ userId: user.id, name: "New Name", email: "New.Address@example.org" });
    expect(updated).toEqual({ id: user.id, name: "New Name", email: "new.address@example.org" });
    expect(await storedUser(user.id)).toMatchObject({ name: "New Name", email: "new.address@example.org" });
    expect(await auditOf(user.id, "user.update")).toEqual([expect.objectContaining(byAdmin())]);
    await expect(
      h.anonymous().auth.signIn({ email: "new.address@example.org", password: FACTORY_PASSWORD }),
    ).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("lets a person keep their own email", async () => {
    const user = await createUserRecord(db(), { email: "keeps.email@example.org" });
    await expect(
      (await asAdmin()).users.update({ userId: user.id, name: "Renamed", email: "keeps.email@example.org" }),
    ).resolves.toMatchObject({ name: "Renamed" });
  });

  it("refuses another account's email, naming the email field, and changes nothing", async () => {
    await createUserRecord(db(), { email: "first.owner@example.org" });
    const user = await createUserRecord(db(), { name: "Unchanged", email: "second.owner@example.org" });
    await expectRefused(
      (await asAdmin()).users.update({ userId: user.id, name: "Changed", email: "first.owner@example.org" }),
      "CONFLICT",
      "email",
    );
    expect(await storedUser(user.id)).toMatchObject({ name: "Unchanged", email: "second.owner@example.org" });
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectRefused(
      (await asAdmin()).users.update({ userId: MISSING_ID, name: "X", email: "x.unknown@example.org" }),
      "NOT_FOUND",
    );
  });
});

describe("users.changeRole", () => {
  it("changes the role and audits from and to", async () => {
    const user = await createUserRecord(db(), { role: "FACILITATOR" });
    expect(await (await asAdmin()).users.changeRole({ userId: user.id, role: "STAFF" })).toEqual({ id: user.id, role: "STAFF" });
    expect((await storedUser(user.id)).role).toBe("STAFF");
    expect(await auditOf(user.id, "user.change_role")).toEqual([
      expect.objectContaining(byAdmin({ details: { from: "FACILITATOR", to: "STAFF" } })),
    ]);
  });

  it("records nothing when the role is already that one", async () => {
    const user = await createUserRecord(db(), { role: "STAFF" });
    await (await asAdmin()).users.changeRole({ userId: user.id, role: "STAFF" });
    expect(await auditOf(user.id, "user.change_role")).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectRefused((await asAdmin()).users.changeRole({ userId: MISSING_ID, role: "STAFF" }), "NOT_FOUND");
  });
});

describe("users.setActive", () => {
  it("deactivating signs the person out everywhere and keeps them out; reactivating lets them in again", async () => {
    const person = await signedInBrowser(h, "FACILITATOR");
    await signedInBrowser(h, "FACILITATOR"); // someone else, whose session must survive
    const othersBefore = await db().signInSession.count({ where: { userId: { not: person.user.id } } });

    expect(await (await asAdmin()).users.setActive({ userId: person.user.id, active: false })).toEqual({
      id: person.user.id,
      active: false,
    });
    const stored = await storedUser(person.user.id);
    expect(stored.active).toBe(false);
    expect(stored.deactivatedAt).toBeInstanceOf(Date);
    expect(await sessionsOf(person.user.id)).toBe(0);
    expect(await db().signInSession.count({ where: { userId: { not: person.user.id } } })).toBe(othersBefore);
    expect(await auditOf(person.user.id, "user.deactivate")).toEqual([expect.objectContaining(byAdmin())]);
    await expectRefused(h.anonymous().auth.signIn({ email: person.user.email, password: FACTORY_PASSWORD }), "UNAUTHORIZED");

    await (await asAdmin()).users.setActive({ userId: person.user.id, active: true });
    expect(await storedUser(person.user.id)).toMatchObject({ active: true, deactivatedAt: null });
    expect(await auditOf(person.user.id, "user.reactivate")).toEqual([expect.objectContaining(byAdmin())]);
    await expect(h.anonymous().auth.signIn({ email: person.user.email, password: FACTORY_PASSWORD })).resolves.toMatchObject({
      id: person.user.id,
    });
  });

  it("records nothing when the person is already in that state", async () => {
    const user = await createUserRecord(db(), { active: true });
    await (await asAdmin()).users.setActive({ userId: user.id, active: true });
    expect(await db().auditEvent.count({ where: { entityId: user.id } })).toBe(0);
  });

  it("refuses to let an admin deactivate their own account", async () => {
    const error = await expectRefused((await asAdmin()).users.setActive({ userId: admin.user.id, active: false }), "CONFLICT");
    expect(error.message).toMatch(/your own account/);
    expect((await storedUser(admin.user.id)).active).toBe(true);
    expect(await sessionsOf(admin.user.id)).toBeGreaterThan(0);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectRefused((await asAdmin()).users.setActive({ userId: MISSING_ID, active: false }), "NOT_FOUND");
  });
});

describe("users.resetPassword", () => {
  it("sets a temporary password, signs the person out everywhere and makes them choose a new one", async () => {
    const person = await signedInBrowser(h, "STAFF");
    expect(
      await (await asAdmin()).users.resetPassword({ userId: person.user.id, temporaryPassword: "fresh-temporary-9" }),
    ).toEqual({
      id: person.user.id,
    });
    const stored = await storedUser(person.user.id);
    expect(stored.mustChangePassword).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "fresh-temporary-9")).toBe(true);
    expect(await verifyPassword(stored.passwordHash, FACTORY_PASSWORD)).toBe(false);
    expect(await sessionsOf(person.user.id)).toBe(0);
    expect(await (await person.request()).auth.me()).toBeNull();
    expect(await auditOf(person.user.id, "user.reset_password")).toEqual([expect.objectContaining(byAdmin())]);
    // the audit never carries the password
    expect(JSON.stringify(await db().auditEvent.findMany({ where: { entityId: person.user.id } }))).not.toContain(
      "fresh-temporary-9",
    );
  });

  it("refuses a temporary password that is too short, naming the field", async () => {
    const user = await createUserRecord(db());
    await expectRefused(
      (await asAdmin()).users.resetPassword({ userId: user.id, temporaryPassword: "short" }),
      "BAD_REQUEST",
      "temporaryPassword",
    );
    expect((await storedUser(user.id)).mustChangePassword).toBe(false);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectRefused(
      (await asAdmin()).users.resetPassword({ userId: MISSING_ID, temporaryPassword: "long-enough-password" }),
      "NOT_FOUND",
    );
  });
});

describe("credentials", () => {
  it("adds, updates and removes a credential, auditing each against the person", async () => {
    const user = await createUserRecord(db(), { role: "FACILITATOR" });
    const caller = await asAdmin();
    const added = await caller.users.addCredential({
      userId: user.id,
      kind: "CERTIFICATION",
      title: "DBT foundational",
      expiresOn: "2026-12-31",
    });
    expect(added).toMatchObject({
      userId: user.id,
      kind: "CERTIFICATION",
      title: "DBT foundational",
      number: null,
      issuer: null,
    });
    expect(added.expiresAt).toEqual(new Date("2026-12-31T00:00:00Z"));

    const updated = await caller.users.updateCredential({
      credentialId: added.id,
      kind: "PROFESSIONAL_LICENCE",
      title: "LCSW",
      number: "77-123",
      issuer: "Board of Social Work",
    });
    expect(updated).toMatchObject({
      id: added.id,
      kind: "PROFESSIONAL_LICENCE",
      title: "LCSW",
      number: "77-123",
      expiresAt: null,
    });

    expect(await caller.users.removeCredential({ credentialId: added.id })).toEqual({ id: added.id });
    expect((await storedUser(user.id)).credentials).toEqual([]);

    const audit = await db().auditEvent.findMany({ where: { entityId: user.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["credential.add", "credential.update", "credential.remove"]);
    for (const event of audit) expect(event).toMatchObject(byAdmin({ details: { credentialId: added.id } }));
  });

  it("answers NOT_FOUND for an unknown person or credential", async () => {
    const caller = await asAdmin();
    await expectRefused(caller.users.addCredential({ userId: MISSING_ID, kind: "CERTIFICATION", title: "X" }), "NOT_FOUND");
    await expectRefused(
      caller.users.updateCredential({ credentialId: MISSING_ID, kind: "CERTIFICATION", title: "X" }),
      "NOT_FOUND",
    );
    await expectRefused(caller.users.removeCredential({ credentialId: MISSING_ID }), "NOT_FOUND");
  });

  it("refuses a malformed expiry date or an empty title, naming the field", async () => {
    const user = await createUserRecord(db());
    const caller = await asAdmin();
    await expectRefused(
      caller.users.addCredential({ userId: user.id, kind: "CERTIFICATION", title: "X", expiresOn: "2026-13-01" }),
      "BAD_REQUEST",
      "expiresOn",
    );
    await expectRefused(
      caller.users.addCredential({ userId: user.id, kind: "CERTIFICATION", title: "  " }),
      "BAD_REQUEST",
      "title",
    );
    expect((await storedUser(user.id)).credentials).toEqual([]);
  });
});

it("a refused call says why without internals", async () => {
  const error = await refusalOf((await asAdmin()).users.get({ userId: MISSING_ID }));
  const shape = clientShapeOf(error);
  expect(shape.message).toBe("User not found");
  expect(shape.data).not.toHaveProperty("stack");
});

describe("users.counts", () => {
  it("counts every account, active and not, and the active ones by role, as the people list would", async () => {
    const counts = await (await asAdmin()).users.counts();
    const listTotal = async (filters: { role?: "ADMIN" | "FACILITATOR" | "STAFF"; status?: "active" | "inactive" }) =>
      (await (await asAdmin()).users.list({ page: 1, pageSize: 10, sort: "name", ...filters })).total;
    expect(counts.all).toBe(await listTotal({}));
    expect(counts.active).toBe(await listTotal({ status: "active" }));
    expect(counts.inactive).toBe(await listTotal({ status: "inactive" }));
    expect(counts.inactive).toBeGreaterThan(0);
    for (const role of ["ADMIN", "FACILITATOR", "STAFF"] as const)
      expect(counts.activeByRole[role]).toBe(await listTotal({ role, status: "active" }));
  });

  it("is for administrators only", async () => {
    for (const role of ["FACILITATOR", "STAFF"] as const) {
      const { caller } = await h.signedIn(role);
      await expectRefused(caller.users.counts(), "FORBIDDEN");
    }
  });
});
