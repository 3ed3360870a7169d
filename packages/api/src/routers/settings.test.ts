import { startSession } from "@circle/auth";
import { createUserRecord } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { expectRefused } from "../testing/refusals.ts";

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

describe("settings", () => {
  it("starts from the documented defaults and changes only what is sent, with an audit trail", async () => {
    const { caller: admin, user } = await h.signedIn("ADMIN");
    expect(await admin.settings.get()).toEqual({
      cohortAtRiskDays: 7,
      followUpAfterAbsences: 2,
      waitlistOfferDays: 3,
      organisationName: "",
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    expect(
      await admin.settings.update({
        waitlistOfferDays: 5,
        followUpAfterAbsences: 3,
        organisationName: "  Riverside Counselling ",
      }),
    ).toEqual({
      cohortAtRiskDays: 7,
      followUpAfterAbsences: 3,
      waitlistOfferDays: 5,
      organisationName: "Riverside Counselling",
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    const audit = await h.services.db.auditEvent.findMany({ where: { action: "setting.update", actorId: user.id } });
    expect(audit.map((a) => a.entityId).sort()).toEqual(["followUpAfterAbsences", "organisationName", "waitlistOfferDays"]);
  });

  it("names the field that is out of range and keeps what was saved", async () => {
    const { caller: admin } = await h.signedIn("ADMIN");
    const before = await admin.settings.get();
    await expectRefused(admin.settings.update({ waitlistOfferDays: 0 }), "BAD_REQUEST", "waitlistOfferDays");
    await expectRefused(admin.settings.update({ followUpAfterAbsences: 11 }), "BAD_REQUEST", "followUpAfterAbsences");
    expect(await admin.settings.get()).toEqual(before);
  });

  it("keeps the organisation's time zone, refuses one that does not exist, and tells every role", async () => {
    const { caller: admin } = await h.signedIn("ADMIN");
    await expectRefused(admin.settings.update({ timeZone: "Mars/Olympus_Mons" }), "BAD_REQUEST", "timeZone");
    expect(await admin.settings.update({ timeZone: "America/Chicago" })).toMatchObject({ timeZone: "America/Chicago" });
    for (const role of ["FACILITATOR", "STAFF"] as const) {
      const { caller } = await h.signedIn(role);
      expect(await caller.settings.organisation()).toMatchObject({ timeZone: "America/Chicago" });
    }
    await expectRefused(h.anonymous().settings.organisation(), "UNAUTHORIZED");
    // Someone who must first change a temporary password reads the zone (their page shows times),
    // and nothing else of the settings.
    const user = await createUserRecord(h.services.db, { role: "ADMIN", mustChangePassword: true });
    const { token } = await startSession(h.services.db, user.id, h.services.sessionPolicy);
    const pending = await h.callerWithToken(token);
    expect(await pending.settings.organisation()).toMatchObject({ timeZone: "America/Chicago" });
    await expectRefused(pending.settings.get(), "FORBIDDEN");
  });

  it("is for administrators only", async () => {
    for (const role of ["FACILITATOR", "STAFF"] as const) {
      const { caller } = await h.signedIn(role);
      await expectRefused(caller.settings.get(), "FORBIDDEN");
      await expectRefused(caller.settings.update({ cohortAtRiskDays: 30 }), "FORBIDDEN");
    }
  });
});
