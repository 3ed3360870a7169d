import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { type Caller, cohortInput, MISSING_ID, makeProgram, programInput } from "../testing/programs.ts";
import { expectRefused } from "../testing/refusals.ts";

let h: Harness;
let admin: Caller;
let adminId: string;
let facilitator: Caller;
let facilitatorId: string;
let staff: Caller;
beforeAll(async () => {
  h = await openHarness();
  ({
    caller: admin,
    user: { id: adminId },
  } = await h.signedIn("ADMIN", { name: "Avery Admin" }));
  ({
    caller: facilitator,
    user: { id: facilitatorId },
  } = await h.signedIn("FACILITATOR", { name: "Fran Facilitator" }));
  ({ caller: staff } = await h.signedIn("STAFF", { name: "Sam Staff" }));
});
afterAll(() => h.close());

const db = () => h.services.db;
const modulesOf = async (programId: string) =>
  (await db().programModule.findMany({ where: { programId }, orderBy: { position: "asc" } })).map((m) => ({
    title: m.title,
    position: m.position,
  }));

describe("programs.create and programs.update", () => {
  it("an admin creates a program that everyone signed in can read, audited", async () => {
    const created = await admin.programs.create(
      programInput({
        name: "Caregiver psychoeducation",
        groupType: "PSYCHOEDUCATION",
        leadership: "PROFESSIONALLY_LED",
        delivery: "HYBRID",
        sessionCount: 6,
        sessionLengthMinutes: 120,
        defaultCapacity: 15,
        minimumEnrollment: 5,
        joinUntilSession: 2,
        eligibilityNotes: "Caring for a family member with dementia",
      }),
    );
    for (const reader of [admin, facilitator, staff]) {
      expect(await reader.programs.get({ programId: created.id })).toMatchObject({
        name: "Caregiver psychoeducation",
        groupType: "PSYCHOEDUCATION",
        leadership: "PROFESSIONALLY_LED",
        delivery: "HYBRID",
        sessionCount: 6,
        sessionLengthMinutes: 120,
        defaultCapacity: 15,
        minimumEnrollment: 5,
        joinUntilSession: 2,
        eligibilityNotes: "Caring for a family member with dementia",
        requiresLicensedLead: false,
        archivedAt: null,
        modules: [],
      });
    }
    const listed = await facilitator.programs.list({ q: "caregiver psycho" });
    expect(listed.rows.map((r) => r.id)).toEqual([created.id]);
    expect(await db().auditEvent.findMany({ where: { entityId: created.id, action: "program.create" } })).toEqual([
      expect.objectContaining({ actorId: adminId, entityType: "Program" }),
    ]);
  });

  it("a therapy program is always professionally led and requires a licensed lead", async () => {
    const therapy = await admin.programs.create(
      programInput({ groupType: "THERAPY", leadership: "PROFESSIONALLY_LED", requiresLicensedLead: false }),
    );
    expect(therapy).toMatchObject({ leadership: "PROFESSIONALLY_LED", requiresLicensedLead: true });

    // an edit cannot switch the requirement off either
    const { id, createdAt, updatedAt, archivedAt, ...fields } = therapy;
    const updated = await admin.programs.update({
      programId: id,
      program: { ...fields, requiresLicensedLead: false, description: "DBT skills with a treatment frame" },
    });
    expect(updated).toMatchObject({ requiresLicensedLead: true, description: "DBT skills with a treatment frame" });
  });

  it("refuses a peer-led therapy program, naming leadership", async () => {
    const before = await db().program.count();
    await expectRefused(
      admin.programs.create(programInput({ groupType: "THERAPY", leadership: "PEER_LED" })),
      "BAD_REQUEST",
      "leadership",
    );
    expect(await db().program.count()).toBe(before);
  });

  it("a support program may require a licensed lead when the admin says so", async () => {
    const program = await admin.programs.create(programInput({ requiresLicensedLead: true }));
    expect(program).toMatchObject({ groupType: "SUPPORT", leadership: "PEER_LED", requiresLicensedLead: true });
  });

  it("updates the program's fields and keeps its name when unchanged", async () => {
    const program = await admin.programs.create(programInput({ name: "Anger management basics" }));
    await admin.programs.update({
      programId: program.id,
      program: programInput({
        name: "Anger management basics",
        groupType: "SKILLS_COACHING",
        sessionCount: 10,
        defaultCapacity: 8,
      }),
    });
    expect(await db().program.findUniqueOrThrow({ where: { id: program.id } })).toMatchObject({
      name: "Anger management basics",
      groupType: "SKILLS_COACHING",
      sessionCount: 10,
      defaultCapacity: 8,
    });
  });

  it("keeps the program's completion share and follow-up override, and clears the override back to the organisation's", async () => {
    const program = await admin.programs.create(
      programInput({ name: "Caregiver course", completionPercent: 60, followUpAfterAbsences: 3 }),
    );
    expect(await admin.programs.get({ programId: program.id })).toMatchObject({
      completionPercent: 60,
      followUpAfterAbsences: 3,
    });
    await admin.programs.update({
      programId: program.id,
      program: programInput({ name: "Caregiver course", completionPercent: 80, followUpAfterAbsences: null }),
    });
    expect(await admin.programs.get({ programId: program.id })).toMatchObject({
      completionPercent: 80,
      followUpAfterAbsences: null,
    });
    await expectRefused(
      admin.programs.update({ programId: program.id, program: programInput({ completionPercent: 0 }) }),
      "BAD_REQUEST",
      "program.completionPercent",
    );
    await expectRefused(
      admin.programs.create(programInput({ followUpAfterAbsences: 11 })),
      "BAD_REQUEST",
      "followUpAfterAbsences",
    );
  });

  it("refuses a name another program has, on create and on update, naming `name`", async () => {
    const first = await admin.programs.create(programInput({ name: "Recovery circle" }));
    const second = await admin.programs.create(programInput({ name: "Recovery circle, evenings" }));

    const created = await expectRefused(admin.programs.create(programInput({ name: "Recovery circle" })), "CONFLICT", "name");
    expect(created.message).toMatch(/already has this name/);
    await expectRefused(
      admin.programs.update({ programId: second.id, program: programInput({ name: "Recovery circle" }) }),
      "CONFLICT",
      "name",
    );
    expect(await db().program.findMany({ where: { name: "Recovery circle" }, select: { id: true } })).toEqual([{ id: first.id }]);
    expect((await db().program.findUniqueOrThrow({ where: { id: second.id } })).name).toBe("Recovery circle, evenings");
  });

  it("refuses a minimum enrollment above the capacity, naming minimumEnrollment, and saves nothing", async () => {
    const before = await db().program.count();
    const error = await expectRefused(
      admin.programs.create(programInput({ defaultCapacity: 6, minimumEnrollment: 7 })),
      "BAD_REQUEST",
      "minimumEnrollment",
    );
    expect(error.message).toMatch(/cannot exceed the capacity/);
    expect(await db().program.count()).toBe(before);

    const program = await admin.programs.create(programInput({ defaultCapacity: 6, minimumEnrollment: 6 }));
    await expectRefused(
      admin.programs.update({ programId: program.id, program: programInput({ defaultCapacity: 5, minimumEnrollment: 6 }) }),
      "BAD_REQUEST",
      "program.minimumEnrollment", // the update form's fields sit under `program`
    );
    expect((await db().program.findUniqueOrThrow({ where: { id: program.id } })).defaultCapacity).toBe(6);
  });

  it("refuses a join-until session after the last session, naming joinUntilSession", async () => {
    await expectRefused(
      admin.programs.create(programInput({ sessionCount: 4, joinUntilSession: 5 })),
      "BAD_REQUEST",
      "joinUntilSession",
    );
  });

  it("answers NOT_FOUND for an unknown program", async () => {
    await expectRefused(admin.programs.get({ programId: MISSING_ID }), "NOT_FOUND");
    await expectRefused(admin.programs.update({ programId: MISSING_ID, program: programInput() }), "NOT_FOUND");
    await expectRefused(admin.programs.setArchived({ programId: MISSING_ID, archived: true }), "NOT_FOUND");
    await expectRefused(admin.programs.addModule({ programId: MISSING_ID, title: "Week 1" }), "NOT_FOUND");
  });
});

describe("program modules", () => {
  it("adds modules at the end, in order", async () => {
    const program = await makeProgram(admin, {}, { modules: 3 });
    expect(program.modules.map((m) => m.position)).toEqual([1, 2, 3]);
    expect((await admin.programs.get({ programId: program.id })).modules.map((m) => m.title)).toEqual([
      "Week 1",
      "Week 2",
      "Week 3",
    ]);
  });

  it("edits a module's title, goals, notes and homework", async () => {
    const program = await makeProgram(admin, {}, { modules: 2 });
    const [first] = program.modules;
    if (!first) throw new Error("no module");
    await admin.programs.updateModule({
      moduleId: first.id,
      title: "Naming the loss",
      goals: "Share who we lost",
      facilitatorNotes: "Go slowly; offer to pass",
      homework: "Bring a photo",
    });
    const [stored] = (await admin.programs.get({ programId: program.id })).modules;
    expect(stored).toMatchObject({
      id: first.id,
      position: 1,
      title: "Naming the loss",
      goals: "Share who we lost",
      facilitatorNotes: "Go slowly; offer to pass",
      homework: "Bring a photo",
    });
    await expectRefused(admin.programs.updateModule({ moduleId: first.id, title: " " }), "BAD_REQUEST", "title");
    await expectRefused(admin.programs.updateModule({ moduleId: MISSING_ID, title: "Lost" }), "NOT_FOUND");
  });

  it("removing a module closes the gap in the order", async () => {
    const program = await makeProgram(admin, {}, { modules: 4 });
    await admin.programs.removeModule({ moduleId: program.modules[1]?.id ?? "" });
    expect(await modulesOf(program.id)).toEqual([
      { title: "Week 1", position: 1 },
      { title: "Week 3", position: 2 },
      { title: "Week 4", position: 3 },
    ]);
    await expectRefused(admin.programs.removeModule({ moduleId: program.modules[1]?.id ?? "" }), "NOT_FOUND");
    // the next module added goes after the last one, not into the old gap
    await admin.programs.addModule({ programId: program.id, title: "Week 5" });
    expect((await modulesOf(program.id)).map((m) => m.position)).toEqual([1, 2, 3, 4]);
  });

  it("reorders all modules at once", async () => {
    const program = await makeProgram(admin, {}, { modules: 3 });
    const [a, b, c] = program.modules.map((m) => m.id) as [string, string, string];
    const reordered = await admin.programs.reorderModules({ programId: program.id, moduleIds: [c, a, b] });
    expect(reordered.map((m) => [m.title, m.position])).toEqual([
      ["Week 3", 1],
      ["Week 1", 2],
      ["Week 2", 3],
    ]);
    expect(await modulesOf(program.id)).toEqual([
      { title: "Week 3", position: 1 },
      { title: "Week 1", position: 2 },
      { title: "Week 2", position: 3 },
    ]);
  });

  it("refuses an order that does not list every module exactly once, naming moduleIds, and keeps the order", async () => {
    const program = await makeProgram(admin, {}, { modules: 3 });
    const other = await makeProgram(admin, {}, { modules: 1 });
    const [a, b, c] = program.modules.map((m) => m.id) as [string, string, string];
    const foreign = other.modules[0]?.id ?? "";
    for (const moduleIds of [
      [a, b],
      [a, b, b],
      [a, b, c, a],
      [a, b, foreign],
      [a, b, c, foreign],
    ]) {
      await expectRefused(admin.programs.reorderModules({ programId: program.id, moduleIds }), "BAD_REQUEST", "moduleIds");
    }
    expect((await modulesOf(program.id)).map((m) => m.title)).toEqual(["Week 1", "Week 2", "Week 3"]);
    expect(await modulesOf(other.id)).toEqual([{ title: "Week 1", position: 1 }]);
  });
});

describe("archiving", () => {
  it("archives a program out of the catalogue and restores it; archived programs get no new cohorts", async () => {
    const program = await makeProgram(admin, { name: `Archived group ${Date.now()}` }, { modules: 0 });
    const archived = await admin.programs.setArchived({ programId: program.id, archived: true });
    expect(archived.archivedAt).toBeInstanceOf(Date);

    const active = await admin.programs.list({ q: program.name });
    expect(active.rows).toEqual([]);
    expect((await admin.programs.list({ q: program.name, archived: true })).rows.map((r) => r.id)).toEqual([program.id]);
    expect((await admin.programs.options()).map((o) => o.id)).not.toContain(program.id);
    // still readable: its cohorts and history stay reachable
    expect((await facilitator.programs.get({ programId: program.id })).archivedAt).toEqual(archived.archivedAt);

    const before = await db().cohort.count();
    const refused = await expectRefused(admin.cohorts.create(cohortInput(program, facilitatorId)), "BAD_REQUEST", "programId");
    expect(refused.message).toMatch(/archived/);
    expect(await db().cohort.count()).toBe(before);

    await admin.programs.setArchived({ programId: program.id, archived: false });
    expect((await admin.programs.list({ q: program.name })).rows.map((r) => r.id)).toEqual([program.id]);
    expect((await admin.programs.options()).map((o) => o.id)).toContain(program.id);
    await expect(admin.cohorts.create(cohortInput(program, facilitatorId))).resolves.toMatchObject({ programId: program.id });
  });
});

describe("programs.list", () => {
  it("filters by group type and search, sorts and pages", async () => {
    const tag = `Zeta${Date.now()}`;
    const names = ["Alpha", "Bravo", "Charlie"].map((n) => `${tag} ${n}`);
    await admin.programs.create(programInput({ name: names[0], groupType: "ACTIVITY_WORKSHOP" }));
    await admin.programs.create(programInput({ name: names[1] }));
    await admin.programs.create(programInput({ name: names[2], groupType: "ACTIVITY_WORKSHOP" }));

    const workshops = await staff.programs.list({ q: tag, groupType: "ACTIVITY_WORKSHOP" });
    expect(workshops.rows.map((r) => r.name)).toEqual([names[0], names[2]]);
    expect(workshops.total).toBe(2);

    const desc = await staff.programs.list({ q: tag.toLowerCase(), sort: "name", desc: true });
    expect(desc.rows.map((r) => r.name)).toEqual([...names].reverse());

    const filler = Array.from({ length: 9 }, (_, i) => `${tag} Page ${String(i).padStart(2, "0")}`);
    for (const name of filler) await admin.programs.create(programInput({ name }));
    const all = [...names, ...filler].sort();
    const first = await staff.programs.list({ q: tag, pageSize: 10, page: 1 });
    const second = await staff.programs.list({ q: tag, pageSize: 10, page: 2 });
    expect(first).toMatchObject({ total: 12, page: 1, pageSize: 10 });
    expect(first.rows).toHaveLength(10);
    expect([...first.rows, ...second.rows].map((r) => r.name)).toEqual(all);
    expect(second.rows).toHaveLength(2);
  });
});

describe("who may change programs", () => {
  it("facilitators and staff read the catalogue, but every change is FORBIDDEN and changes nothing", async () => {
    const program = await makeProgram(admin, { name: `Locked design ${Date.now()}` }, { modules: 2 });
    const [a, b] = program.modules.map((m) => m.id) as [string, string];
    for (const caller of [facilitator, staff]) {
      expect((await caller.programs.get({ programId: program.id })).modules).toHaveLength(2);
      expect((await caller.programs.list({ q: program.name })).total).toBe(1);
      expect((await caller.programs.options()).map((o) => o.id)).toContain(program.id);

      await expectRefused(caller.programs.create(programInput()), "FORBIDDEN");
      await expectRefused(
        caller.programs.update({ programId: program.id, program: programInput({ name: "Hijacked" }) }),
        "FORBIDDEN",
      );
      await expectRefused(caller.programs.setArchived({ programId: program.id, archived: true }), "FORBIDDEN");
      await expectRefused(caller.programs.addModule({ programId: program.id, title: "Extra" }), "FORBIDDEN");
      await expectRefused(caller.programs.updateModule({ moduleId: a, title: "Renamed" }), "FORBIDDEN");
      await expectRefused(caller.programs.removeModule({ moduleId: a }), "FORBIDDEN");
      await expectRefused(caller.programs.reorderModules({ programId: program.id, moduleIds: [b, a] }), "FORBIDDEN");
    }
    const stored = await db().program.findUniqueOrThrow({ where: { id: program.id } });
    expect(stored).toMatchObject({ name: program.name, archivedAt: null });
    expect(await modulesOf(program.id)).toEqual([
      { title: "Week 1", position: 1 },
      { title: "Week 2", position: 2 },
    ]);
  });

  it("someone not signed in is UNAUTHORIZED", async () => {
    const program = await admin.programs.create(programInput());
    const anonymous = h.anonymous();
    await expectRefused(anonymous.programs.list({}), "UNAUTHORIZED");
    await expectRefused(anonymous.programs.get({ programId: program.id }), "UNAUTHORIZED");
    await expectRefused(anonymous.programs.options(), "UNAUTHORIZED");
    await expectRefused(anonymous.programs.create(programInput()), "UNAUTHORIZED");
    await expectRefused(anonymous.programs.setArchived({ programId: program.id, archived: true }), "UNAUTHORIZED");
  });
});
