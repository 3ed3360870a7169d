import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { makeConsentingMember, makeProgramWithConsent } from "../testing/intake.ts";
import { type Caller, MISSING_ID } from "../testing/programs.ts";
import { makeResource, referralInput, resourceInput } from "../testing/referrals.ts";
import { expectRefused } from "../testing/refusals.ts";

// The resource directory: admins maintain it, everyone signed in searches it, crisis lines on
// top; archiving takes a resource out of the choices but keeps its past referrals readable.

let h: Harness;
let admin: Caller;
let facilitator: Caller;
let staff: Caller;
const ids: Record<"crisis" | "therapy" | "housing" | "legal", string> = {} as never;
const TAG = "Zephyr";

beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN"));
  ({ caller: facilitator } = await h.signedIn("FACILITATOR"));
  ({ caller: staff } = await h.signedIn("STAFF"));
  ids.therapy = (await makeResource(admin, { name: `${TAG} Counselling`, cost: "INSURANCE" })).id;
  ids.housing = (
    await makeResource(admin, {
      name: `${TAG} Housing Help`,
      kind: "HOUSING",
      languages: ["English", "Polish"],
      cost: "FREE",
      acceptsDirectReferrals: false,
    })
  ).id;
  ids.crisis = (await makeResource(admin, { name: `${TAG} Warmline`, kind: "CRISIS_LINE", cost: "FREE" })).id;
  ids.legal = (await makeResource(admin, { name: `${TAG} Aaron Legal Aid`, kind: "LEGAL", cost: "FEE" })).id;
}, 120_000);
afterAll(() => h.close());

const namesOf = (page: { rows: { id: string }[] }) =>
  page.rows.map((r) => Object.entries(ids).find(([, id]) => id === r.id)?.[0] ?? "other");

describe("resources.list", () => {
  it("pins crisis lines above everything else, whatever the sort", async () => {
    expect(namesOf(await facilitator.resources.list({ q: TAG, sort: "name" }))).toEqual([
      "crisis",
      "legal",
      "therapy",
      "housing",
    ]);
    expect(namesOf(await staff.resources.list({ q: TAG, sort: "name", desc: true }))).toEqual([
      "crisis",
      "housing",
      "therapy",
      "legal",
    ]);
    const page2 = await admin.resources.list({ q: TAG, sort: "name", pageSize: 10, page: 2 });
    expect(page2).toMatchObject({ rows: [], total: 4 });
  });

  it("searches and filters by kind, cost, language and direct referrals", async () => {
    expect(namesOf(await staff.resources.list({ q: `${TAG} housing` }))).toEqual(["housing"]);
    expect(namesOf(await staff.resources.list({ q: TAG, kind: "LEGAL" }))).toEqual(["legal"]);
    expect(namesOf(await staff.resources.list({ q: TAG, cost: "FREE" }))).toEqual(["crisis", "housing"]);
    expect(namesOf(await staff.resources.list({ q: TAG, language: "Polish" }))).toEqual(["housing"]);
    expect(namesOf(await staff.resources.list({ q: TAG, direct: true }))).toEqual(["crisis", "legal", "therapy"]);
    expect(await facilitator.resources.languages()).toEqual(expect.arrayContaining(["English", "Polish", "Spanish"]));
  });
});

describe("maintaining the directory", () => {
  it("admins create and update a resource; every change is audited", async () => {
    const created = await admin.resources.create(resourceInput({ name: `${TAG} Food Bank`, kind: "FINANCIAL" }));
    const updated = await admin.resources.update({
      resourceId: created.id,
      resource: resourceInput({
        name: `${TAG} Food & Benefits Bank`,
        kind: "FINANCIAL",
        languages: ["Arabic"],
        hours: "Sat 9–1",
      }),
    });
    expect(updated).toMatchObject({ name: `${TAG} Food & Benefits Bank`, languages: ["Arabic"], hours: "Sat 9–1", active: true });
    const events = await h.services.db.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["resource.create", "resource.update"]);
  });

  it("facilitators and staff cannot change it", async () => {
    for (const caller of [facilitator, staff]) {
      await expectRefused(caller.resources.create(resourceInput()), "FORBIDDEN");
      await expectRefused(caller.resources.update({ resourceId: ids.therapy, resource: resourceInput() }), "FORBIDDEN");
      await expectRefused(caller.resources.setActive({ resourceId: ids.therapy, active: false }), "FORBIDDEN");
    }
  });

  it("refuses bad input naming the field", async () => {
    await expectRefused(admin.resources.create(resourceInput({ name: " " })), "BAD_REQUEST", "name");
    await expectRefused(admin.resources.create(resourceInput({ website: "javascript:alert(1)" })), "BAD_REQUEST", "website");
    await expectRefused(admin.resources.create(resourceInput({ kind: "SPA" as never })), "BAD_REQUEST", "kind");
    await expectRefused(admin.resources.create(resourceInput({ cost: "CHEAP" as never })), "BAD_REQUEST", "cost");
    await expectRefused(admin.resources.update({ resourceId: MISSING_ID, resource: resourceInput() }), "NOT_FOUND");
    await expectRefused(admin.resources.setActive({ resourceId: MISSING_ID, active: false }), "NOT_FOUND");
  });

  it("archiving takes a resource out of the choices and keeps its past referrals readable", async () => {
    const program = await makeProgramWithConsent(admin);
    const member = await makeConsentingMember(admin, h.services.db, program);
    const referral = await admin.referrals.log(referralInput(member.memberId, ids.legal, { category: "LEGAL" }));
    await admin.resources.setActive({ resourceId: ids.legal, active: false });

    expect(namesOf(await facilitator.resources.list({ q: TAG }))).not.toContain("legal");
    expect(namesOf(await admin.resources.list({ q: TAG }))).not.toContain("legal");
    expect(namesOf(await admin.resources.list({ q: TAG, archived: true }))).toContain("legal");
    expect(namesOf(await facilitator.resources.list({ q: TAG, archived: true }))).not.toContain("legal");
    await expectRefused(facilitator.resources.get({ resourceId: ids.legal }), "NOT_FOUND");
    expect((await admin.resources.choices()).map((r) => r.id)).not.toContain(ids.legal);

    const detail = await admin.referrals.get({ referralId: referral.id });
    expect(detail.resource).toMatchObject({ id: ids.legal, name: `${TAG} Aaron Legal Aid`, active: false });
    const row = (await admin.referrals.list({ memberId: member.memberId })).rows[0];
    expect(row?.resource).toMatchObject({ name: `${TAG} Aaron Legal Aid`, active: false });
    await expectRefused(admin.referrals.log(referralInput(member.memberId, ids.legal)), "BAD_REQUEST", "resourceId");

    await admin.resources.setActive({ resourceId: ids.legal, active: true });
    expect(namesOf(await facilitator.resources.list({ q: TAG }))).toContain("legal");
  });
});
