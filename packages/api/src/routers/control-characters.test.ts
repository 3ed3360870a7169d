import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness } from "../testing/harness.ts";
import { type Caller, programInput } from "../testing/programs.ts";
import { expectRefused } from "../testing/refusals.ts";

// PostgreSQL cannot store a NUL in text (22021): it used to surface as a 500. Every text input
// shares one string schema that refuses control characters with a 400 naming the field.

let h: Harness;
let admin: Caller;
beforeAll(async () => {
  h = await openHarness();
  ({ caller: admin } = await h.signedIn("ADMIN", { name: "Avery Admin" }));
});
afterAll(() => h.close());

describe("control characters in text", () => {
  it("refuses a NUL in a search, naming the field", async () => {
    await expectRefused(admin.members.list({ q: "a\u0000" }), "BAD_REQUEST", "q");
  });

  it("refuses a NUL or an escape in a program's name, and creates nothing", async () => {
    for (const name of ["Grief\u0000 support", "Grief \u001b[31msupport"]) {
      await expectRefused(admin.programs.create(programInput({ name })), "BAD_REQUEST", "name");
    }
    expect(await h.handle.prisma.program.count()).toBe(0);
  });

  it("keeps tabs and line breaks in free text", async () => {
    const program = await admin.programs.create(programInput({ description: "Week 1:\tarrival\r\nWeek 2:\tgrief" }));
    expect(program.description).toBe("Week 1:\tarrival\r\nWeek 2:\tgrief");
  });
});
