import { createUserRecord, FACTORY_PASSWORD } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieRecorder, type Harness, openHarness } from "../testing/harness.ts";
import { makeConsentingMember, makeProgramWithConsent } from "../testing/intake.ts";
import { type Caller, makeCohort } from "../testing/programs.ts";
import { expectRefused } from "../testing/refusals.ts";

// What the audit log keeps beyond changes: refused and ended sign-ins, and reads of lists that
// show members' names and contact details. A sign-in that cannot be recorded gives no session.

let h: Harness;
let admin: Caller;
let adminId: string;
beforeAll(async () => {
  h = await openHarness();
  ({
    caller: admin,
    user: { id: adminId },
  } = await h.signedIn("ADMIN"));
});
afterAll(() => h.close());

const db = () => h.services.db;
const eventsOf = (action: string) => db().auditEvent.findMany({ where: { action }, orderBy: { createdAt: "asc" } });

describe("sign-in and sign-out", () => {
  it("records each refused sign-in with the address and why, never the password", async () => {
    const user = await createUserRecord(db(), { email: "typo@example.org" });
    await expectRefused(
      h.anonymous(undefined, "192.0.2.10").auth.signIn({ email: user.email, password: "secret typo" }),
      "UNAUTHORIZED",
    );
    await expectRefused(
      h.anonymous(undefined, "192.0.2.11").auth.signIn({ email: "nobody@example.org", password: "secret guess" }),
      "UNAUTHORIZED",
    );
    const refused = await eventsOf("auth.refuse_sign_in");
    expect(refused.map((e) => ({ actorId: e.actorId, entityId: e.entityId, ip: e.ip, details: e.details }))).toEqual([
      { actorId: user.id, entityId: user.id, ip: "192.0.2.10", details: { email: user.email, reason: "incorrect" } },
      { actorId: null, entityId: null, ip: "192.0.2.11", details: { email: "nobody@example.org", reason: "incorrect" } },
    ]);
    expect(JSON.stringify(refused)).not.toMatch(/secret/);
  });

  it("records a sign-out under the person's name", async () => {
    const user = await createUserRecord(db(), { email: "leaving.audit@example.org" });
    const cookie = new CookieRecorder();
    await h.anonymous(cookie).auth.signIn({ email: user.email, password: FACTORY_PASSWORD });
    await (await h.callerWithToken(cookie.token, cookie)).auth.signOut();
    expect((await eventsOf("auth.sign_out")).map((e) => e.actorId)).toEqual([user.id]);
  });

  it("fails closed: when the sign-in cannot be recorded, no cookie is set and the session does not work", async () => {
    const user = await createUserRecord(db(), { email: "unrecorded@example.org" });
    await h.handle.owner.exec(`
      CREATE FUNCTION refuse_sign_in_event() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit log unavailable'; END; $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_sign_in_event BEFORE INSERT ON "AuditEvent"
        FOR EACH ROW WHEN (NEW.action = 'auth.sign_in') EXECUTE FUNCTION refuse_sign_in_event();`);
    try {
      const cookie = new CookieRecorder();
      await expectRefused(
        h.anonymous(cookie).auth.signIn({ email: user.email, password: FACTORY_PASSWORD }),
        "INTERNAL_SERVER_ERROR",
      );
      expect(cookie.token).toBeUndefined();
      expect(await db().signInSession.count({ where: { userId: user.id } })).toBe(0);
    } finally {
      await h.handle.owner.exec(`DROP TRIGGER refuse_sign_in_event ON "AuditEvent"; DROP FUNCTION refuse_sign_in_event();`);
    }
  });
});

describe("reads of lists of people", () => {
  it("members.list and enrollment.roster record who read which members", async () => {
    const program = await makeProgramWithConsent(admin);
    const cohort = await makeCohort(admin, program, (await h.signedIn("FACILITATOR")).user.id);
    const person = await makeConsentingMember(admin, db(), program);
    await admin.enrollment.enroll({ cohortId: cohort.id, memberId: person.memberId });

    await admin.members.list({ cohortId: cohort.id });
    const [list] = await eventsOf("member.read_list");
    expect(list).toMatchObject({ actorId: adminId, details: { memberIds: [person.memberId], cohortId: cohort.id } });

    await admin.enrollment.roster({ cohortId: cohort.id });
    expect((await eventsOf("roster.read")).map((e) => [e.actorId, e.entityId])).toEqual([[adminId, cohort.id]]);
  });
});
