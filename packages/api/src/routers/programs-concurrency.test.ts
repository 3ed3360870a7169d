import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { makeConsentingMember, makeProgramWithConsent, moveThrough } from "../testing/intake.ts";
import { type Caller, makeProgram } from "../testing/programs.ts";

// Commands that append to an ordered list (modules, screening questions, a waitlist) read its
// end under the owner's lock. With DATABASE_URL they race on real connections; on PGlite they queue.
let h: Harness;
let admin: Caller;
beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN"));
});
afterAll(() => h.close());

const db = () => h.services.db;
const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("appending to an ordered list from 6 requests at once", () => {
  it("gives 6 modules added at once the places 1 to 6; two removed at once close both gaps", async () => {
    const program = await makeProgram(admin, {}, { modules: 0 });
    const added = await Promise.all(
      oneToN(6).map((week) => admin.programs.addModule({ programId: program.id, title: `Week ${week}`, goals: "Goals" })),
    );
    const positions = async () =>
      (await db().programModule.findMany({ where: { programId: program.id }, orderBy: { position: "asc" } })).map(
        (m) => m.position,
      );
    expect(await positions()).toEqual(oneToN(6));
    await Promise.all([added[1], added[3]].map((m) => admin.programs.removeModule({ moduleId: m?.id as string })));
    expect(await positions()).toEqual(oneToN(4));
  });

  it("gives 6 screening questions added at once the places 1 to 6", async () => {
    const program = await makeProgram(admin, {}, { modules: 0 });
    await Promise.all(
      oneToN(6).map((n) =>
        admin.intake.addQuestion({ programId: program.id, question: { prompt: `Question ${n}?`, kind: "TEXT" } }),
      ),
    );
    const questions = await db().screeningQuestion.findMany({ where: { programId: program.id }, orderBy: { position: "asc" } });
    expect(questions.map((q) => q.position)).toEqual(oneToN(6));
  });

  it("gives 4 people put on a program's waitlist at once the places 1 to 4", async () => {
    const program = await makeProgramWithConsent(admin);
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await makeConsentingMember(admin, db(), program));
    for (const person of people) await moveThrough(admin, person.applicationId, "SCREENING");
    await Promise.all(people.map((person) => moveThrough(admin, person.applicationId, "WAITLISTED")));
    const line = await db().waitlistEntry.findMany({
      where: { programId: program.id, cohortId: null },
      orderBy: { position: "asc" },
    });
    expect(line.map((e) => e.position)).toEqual(oneToN(4));
  });
});
