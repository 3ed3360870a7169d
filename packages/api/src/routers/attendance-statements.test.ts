import type { Db } from "@circle/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollFor, marksFor, type RosterMember } from "../testing/attendance.ts";
import { type Harness, openHarness } from "../testing/harness.ts";
import { type Caller, makeProgram, makeStartedCohort, type Program, storedSessions } from "../testing/programs.ts";

// No N+1: the statements a request sends must not grow with the roster. Every Prisma operation
// and raw statement the procedures send is counted through a client extension.
let h: Harness;
let statements = 0;
let admin: Caller;
let lead: Caller;
let leadId: string;
let program: Program;
beforeAll(async () => {
  h = await openHarness();
  h.services.db = h.services.db.$extends({
    query: {
      async $allOperations({ args, query }) {
        statements++;
        return query(args);
      },
    },
  }) as unknown as Db;
  ({ caller: admin } = await h.signedIn("ADMIN"));
  const user = await h.signedIn("FACILITATOR");
  lead = user.caller;
  leadId = user.user.id;
  program = await makeProgram(admin, { sessionCount: 6 });
});
afterAll(() => h.close());

async function counted(call: () => Promise<unknown>) {
  statements = 0;
  await call();
  return statements;
}

/** The statements of loading a sheet, saving it, correcting two marks, the progress grid, the roster with its standings and a member's attendance, for a roster of this size. */
async function statementsFor(rosterSize: number) {
  const db = h.services.db;
  const cohort = await makeStartedCohort(admin, program, leadId, 7);
  const [first, second] = await storedSessions(db, cohort.id);
  if (!first || !second) throw new Error("no sessions");
  const roster: RosterMember[] = [];
  for (let i = 0; i < rosterSize; i++) roster.push(await enrollFor(db, cohort.id));
  await lead.attendance.record({ sessionId: first.id, marks: marksFor(roster, "ABSENT") });
  const sheet = await counted(() => lead.attendance.sheet({ sessionId: second.id }));
  const save = await counted(() => lead.attendance.record({ sessionId: second.id, marks: marksFor(roster, "PRESENT") }));
  const [a, b] = roster;
  const correct = await counted(() =>
    lead.attendance.record({
      sessionId: second.id,
      marks: marksFor(roster, "PRESENT", { [a?.memberId as string]: "LATE", [b?.memberId as string]: "EXCUSED" }),
    }),
  );
  const progress = await counted(() => lead.attendance.cohortProgress({ cohortId: cohort.id }));
  const home = await counted(() => lead.attendance.home({ from: new Date(Date.now() - 86_400_000) }));
  const rosterRead = await counted(() => lead.enrollment.roster({ cohortId: cohort.id }));
  const member = await counted(() => lead.attendance.memberAttendance({ memberId: a?.memberId as string }));
  return { sheet, save, correct, progress, home, roster: rosterRead, member };
}

describe("statements per request", () => {
  it("stay the same for a roster of 3 and of 15", async () => {
    const small = await statementsFor(3);
    const large = await statementsFor(15);
    expect(small.sheet).toBeGreaterThan(0);
    expect(large).toEqual(small);
  });
});
