import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDbEnv } from "./env.ts";
import { statementNames } from "./statement-names.ts";
import { openTestDb, type TestDbHandle } from "./testing/test-db.ts";

describe("statement names", () => {
  it("gives the same text the same name, and another text another", () => {
    const name = statementNames();
    const first = name({ sql: 'SELECT 1 FROM "Member" WHERE id = $1' });
    expect(name({ sql: `SELECT 1 FROM "Member" WHERE id = ${"$1"}` })).toBe(first);
    expect(name({ sql: 'SELECT 1 FROM "Cohort" WHERE id = $1' })).not.toBe(first);
  });

  it("leaves statements unnamed past the limit, so no connection prepares without end", () => {
    const name = statementNames(2);
    const kept = [name({ sql: "SELECT 1" }), name({ sql: "SELECT 2" })];
    expect(name({ sql: "SELECT 3" })).toBe("");
    expect([name({ sql: "SELECT 1" }), name({ sql: "SELECT 2" })]).toEqual(kept);
  });
});

// Only the PostgreSQL adapter prepares: PGlite runs in this process, with nothing to save.
describe.runIf(readDbEnv().DATABASE_URL)("on PostgreSQL", () => {
  let handle: TestDbHandle;
  beforeAll(async () => {
    handle = await openTestDb();
  });
  afterAll(() => handle.close());

  it("prepares a read once per connection and reuses it, with each call's own parameters", async () => {
    const first = await handle.prisma.member.create({ data: { firstName: "Ana", lastName: "Lima" } });
    const second = await handle.prisma.member.create({ data: { firstName: "Rui", lastName: "Sousa" } });
    // One connection (a transaction holds it), so its prepared statements are the ones listed.
    const [a, b, prepared] = await handle.prisma.$transaction(async (tx) => [
      await tx.member.findUnique({ where: { id: first.id }, select: { firstName: true } }),
      await tx.member.findUnique({ where: { id: second.id }, select: { firstName: true } }),
      await tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`,
    ]);
    expect([a?.firstName, b?.firstName]).toEqual(["Ana", "Rui"]);
    const reads = prepared.filter((p) => p.statement.includes('FROM "public"."Member"') && p.name.startsWith("circle_"));
    expect(reads).toHaveLength(1);
  });
});
