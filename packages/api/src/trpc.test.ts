import { resolveSession, startSession } from "@circle/auth";
import { visibleCohortsWhere } from "@circle/core";
import type { Db } from "@circle/db";
import { createUserRecord, uniqueSuffix } from "@circle/db/testing";
import type { Role } from "@circle/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner } from "./context.ts";
import { appRouter } from "./root.ts";
import { type Harness, openHarness } from "./testing/harness.ts";
import { expectRefused, expectSameAsMissing } from "./testing/refusals.ts";
import { cohortProcedure, createCallerFactory, router, sessionProcedure, signedInProcedure } from "./trpc.ts";

// A router that exists only here, to exercise the procedure ladder the real routers build on.
const cohortRouter = router({
  see: cohortProcedure("read").query(({ ctx }) => ({ saw: ctx.cohort.id })),
  run: cohortProcedure("run").mutation(({ ctx }) => ({ ran: ctx.cohort.id })),
  seeSession: sessionProcedure("read").query(({ ctx }) => ({ session: ctx.cohortSession.id, of: ctx.cohortSession.cohort.id })),
  visible: signedInProcedure.query(async ({ ctx }) => {
    const cohorts = await ctx.db.cohort.findMany({ where: visibleCohortsWhere(ctx.actor), select: { id: true } });
    return cohorts.map((c) => c.id);
  }),
});
const createCohortCaller = createCallerFactory(cohortRouter);

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

/** A person of this role, signed in; each call of the returned function is a new request. */
async function signedIn(role: Role, overrides: Parameters<typeof createUserRecord>[1] = {}) {
  const user = await createUserRecord(h.services.db, { role, ...overrides });
  const { token } = await startSession(h.services.db, user.id, h.services.sessionPolicy);
  const context = async () =>
    createContextInner(h.services, {
      session: await resolveSession(h.services.db, token, h.services.sessionPolicy),
      sessionToken: token,
      ip: "203.0.113.9",
    });
  return { user, cohorts: async () => createCohortCaller(await context()) };
}

async function createCohort(db: Db, facilitators: { userId: string; role: "LEAD" | "CO_FACILITATOR" }[] = []) {
  const program = await db.program.create({
    data: {
      name: `Grief support ${uniqueSuffix()}`,
      groupType: "SUPPORT",
      leadership: "PEER_LED",
      delivery: "IN_PERSON",
      sessionCount: 8,
      sessionLengthMinutes: 90,
      defaultCapacity: 10,
      minimumEnrollment: 4,
    },
  });
  return db.cohort.create({
    data: {
      programId: program.id,
      name: `Tuesday evenings ${uniqueSuffix()}`,
      startDate: new Date("2026-04-07T00:00:00Z"),
      weekday: 2,
      startTime: "18:30",
      timeZone: "America/Chicago",
      capacity: 10,
      minimumEnrollment: 4,
      facilitators: { create: facilitators },
    },
  });
}

const MISSING_COHORT = "01900000-0000-7000-8000-0000000000c0";

describe("cohortProcedure", () => {
  let lead: Awaited<ReturnType<typeof signedIn>>;
  let coFacilitator: Awaited<ReturnType<typeof signedIn>>;
  let otherFacilitator: Awaited<ReturnType<typeof signedIn>>;
  let cohortId: string;
  let otherCohortId: string;
  beforeAll(async () => {
    lead = await signedIn("FACILITATOR");
    coFacilitator = await signedIn("FACILITATOR");
    otherFacilitator = await signedIn("FACILITATOR");
    cohortId = (
      await createCohort(h.services.db, [
        { userId: lead.user.id, role: "LEAD" },
        { userId: coFacilitator.user.id, role: "CO_FACILITATOR" },
      ])
    ).id;
    otherCohortId = (await createCohort(h.services.db, [{ userId: otherFacilitator.user.id, role: "LEAD" }])).id;
  });

  it("lets an admin see and run any cohort", async () => {
    const admin = await (await signedIn("ADMIN")).cohorts();
    expect(await admin.see({ cohortId })).toEqual({ saw: cohortId });
    expect(await admin.run({ cohortId })).toEqual({ ran: cohortId });
  });

  it("lets staff see a cohort but not run it", async () => {
    const staff = await (await signedIn("STAFF")).cohorts();
    expect(await staff.see({ cohortId })).toEqual({ saw: cohortId });
    await expectRefused(staff.run({ cohortId }), "FORBIDDEN");
  });

  it("lets the cohort's lead and co-facilitator see and run it", async () => {
    for (const facilitator of [lead, coFacilitator]) {
      const caller = await facilitator.cohorts();
      expect(await caller.see({ cohortId })).toEqual({ saw: cohortId });
      expect(await caller.run({ cohortId })).toEqual({ ran: cohortId });
    }
  });

  it("hands the handler the cohort it proved, read once", async () => {
    const caller = await lead.cohorts();
    expect(await caller.see({ cohortId })).toEqual({ saw: cohortId });
  });

  it("answers someone else's cohort exactly as a missing one, to see or to run", async () => {
    const caller = await otherFacilitator.cohorts();
    await expectSameAsMissing(caller.see({ cohortId }), caller.see({ cohortId: MISSING_COHORT }), "Cohort");
    await expectSameAsMissing(caller.run({ cohortId }), caller.run({ cohortId: MISSING_COHORT }), "Cohort");
    const leadCaller = await lead.cohorts();
    await expectSameAsMissing(
      leadCaller.see({ cohortId: otherCohortId }),
      leadCaller.see({ cohortId: MISSING_COHORT }),
      "Cohort",
    );
  });

  it("writes a denied event for every refused cohort, foreign or missing", async () => {
    const outsider = await signedIn("FACILITATOR");
    const caller = await outsider.cohorts();
    await expectRefused(caller.see({ cohortId }), "NOT_FOUND");
    await expectRefused(caller.run({ cohortId: MISSING_COHORT }), "NOT_FOUND");
    const events = await h.services.db.auditEvent.findMany({
      where: { actorId: outsider.user.id, action: "access.deny" },
      orderBy: { createdAt: "asc" },
      select: { entityType: true, entityId: true, details: true, ip: true },
    });
    expect(events).toEqual([
      { entityType: "Cohort", entityId: cohortId, details: { access: "read" }, ip: "203.0.113.9" },
      { entityType: "Cohort", entityId: MISSING_COHORT, details: { access: "run" }, ip: "203.0.113.9" },
    ]);
  });

  it("refuses a facilitator on the very next request once removed from the cohort", async () => {
    const leaving = await signedIn("FACILITATOR");
    const { id } = await createCohort(h.services.db, [{ userId: leaving.user.id, role: "CO_FACILITATOR" }]);
    expect(await (await leaving.cohorts()).see({ cohortId: id })).toEqual({ saw: id });
    await h.services.db.cohortFacilitator.deleteMany({ where: { cohortId: id, userId: leaving.user.id } });
    await expectRefused((await leaving.cohorts()).see({ cohortId: id }), "NOT_FOUND");
  });

  it("answers NOT_FOUND for an unknown cohort, whoever asks (staff may not run any cohort at all)", async () => {
    for (const role of ["ADMIN", "STAFF", "FACILITATOR"] as const) {
      const caller = await (await signedIn(role)).cohorts();
      await expectRefused(caller.see({ cohortId: MISSING_COHORT }), "NOT_FOUND");
      await expectRefused(caller.run({ cohortId: MISSING_COHORT }), role === "STAFF" ? "FORBIDDEN" : "NOT_FOUND");
    }
  });

  it("sessionProcedure hands over the proven session with its cohort; foreign sessions are missing ones", async () => {
    const session = await h.services.db.session.create({
      data: { cohortId, number: 1, startsAt: new Date("2026-04-07T23:30:00Z"), durationMinutes: 90 },
    });
    expect(await (await lead.cohorts()).seeSession({ sessionId: session.id })).toEqual({ session: session.id, of: cohortId });
    const outsider = await otherFacilitator.cohorts();
    await expectSameAsMissing(
      outsider.seeSession({ sessionId: session.id }),
      outsider.seeSession({ sessionId: MISSING_COHORT }),
      "Session",
    );
  });

  it("refuses a malformed cohort id, naming cohortId", async () => {
    const caller = await (await signedIn("ADMIN")).cohorts();
    await expectRefused(caller.see({ cohortId: "cohort-1" }), "BAD_REQUEST", "cohortId");
  });

  it("asks for sign-in first, and for the password change before anything", async () => {
    const anonymous = createCohortCaller(createContextInner(h.services));
    await expectRefused(anonymous.see({ cohortId }), "UNAUTHORIZED");
    const pendingAdmin = await (await signedIn("ADMIN", { mustChangePassword: true })).cohorts();
    await expectRefused(pendingAdmin.see({ cohortId }), "FORBIDDEN");
  });
});

describe("visibleCohortsWhere", () => {
  it("limits a facilitator's list to the cohorts they facilitate; admins and staff see all", async () => {
    const mine = await signedIn("FACILITATOR");
    const theirs = await signedIn("FACILITATOR");
    const led = await createCohort(h.services.db, [{ userId: mine.user.id, role: "LEAD" }]);
    const coLed = await createCohort(h.services.db, [
      { userId: theirs.user.id, role: "LEAD" },
      { userId: mine.user.id, role: "CO_FACILITATOR" },
    ]);
    const notMine = await createCohort(h.services.db, [{ userId: theirs.user.id, role: "LEAD" }]);
    const nobodys = await createCohort(h.services.db);

    expect((await (await mine.cohorts()).visible()).sort()).toEqual([led.id, coLed.id].sort());
    expect((await (await theirs.cohorts()).visible()).sort()).toEqual([coLed.id, notMine.id].sort());
    expect(await (await (await signedIn("FACILITATOR")).cohorts()).visible()).toEqual([]);
    const all = await h.services.db.cohort.count();
    for (const role of ["ADMIN", "STAFF"] as const) {
      const seen = await (await (await signedIn(role)).cohorts()).visible();
      expect(seen).toHaveLength(all);
      expect(seen).toEqual(expect.arrayContaining([led.id, coLed.id, notMine.id, nobodys.id]));
    }
  });
});

describe("every procedure of the app", () => {
  // The only procedures a person may call without being signed in, or before changing a temporary
  // password. The first run's two are guarded by the setup link instead (routers/setup.test.ts).
  const SETUP = ["setup.status", "setup.createFirstAdministrator"];
  const PUBLIC = ["auth.me", "auth.signIn", "auth.signOut", ...SETUP];
  const BEFORE_PASSWORD_CHANGE = [
    "auth.me",
    "auth.signIn",
    "auth.signOut",
    "auth.profile",
    "auth.changePassword",
    "settings.organisation",
    ...SETUP,
  ];
  const procedures = Object.keys(appRouter._def.procedures);

  /** Calls a procedure by its dotted path with an arbitrary input: the refusal must come before input is read. */
  function call(caller: unknown, path: string) {
    const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
    return (fn as (input: unknown) => Promise<unknown>)({});
  }

  it.each(procedures.filter((p) => !PUBLIC.includes(p)))("%s refuses someone not signed in", async (path) => {
    await expectRefused(call(h.anonymous(), path), "UNAUTHORIZED");
  });

  it.each(procedures.filter((p) => !BEFORE_PASSWORD_CHANGE.includes(p)))(
    "%s refuses even an admin who must first change their temporary password",
    async (path) => {
      const user = await createUserRecord(h.services.db, { role: "ADMIN", mustChangePassword: true });
      const { token } = await startSession(h.services.db, user.id, h.services.sessionPolicy);
      const error = await expectRefused(call(await h.callerWithToken(token), path), "FORBIDDEN");
      expect(error.message).toMatch(/new password/);
    },
  );
});
