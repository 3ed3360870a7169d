import { createDb, type DbHandle } from "@circle/db";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedLargeOrganisation } from "../large/organisation.ts";
import { captureStatements } from "./capture.ts";
import { benchCases, pickTargets } from "./cases.ts";
import type { Statement } from "./sql-floor.ts";

// Every benchmarked request sends a fixed number of SQL statements, whatever the size of the
// organisation: the same cases on a small organisation and one 2.5 times larger must send exactly as many.
// A query per row (N+1) fails here, in CI, rather than as a slow page at a large agency.
const today = DateTime.utc().startOf("day");

async function statementsAt(scale: number): Promise<{ handle: DbHandle; counts: Map<string, Statement[]> }> {
  let listener: ((sql: string, params: unknown[]) => void) | undefined;
  const handle = await createDb({ dataDir: "memory://", onStatement: (sql, params) => listener?.(sql, params) });
  await seedLargeOrganisation(handle, { scale, seed: 16, today });
  const cases = benchCases(await pickTargets(handle.prisma), today.toJSDate());
  const counts = await captureStatements(async (onStatement) => {
    listener = onStatement;
    return { ...handle, close: async () => {} };
  }, cases);
  return { handle, counts };
}

describe("SQL statements per benchmarked request", () => {
  let small: Awaited<ReturnType<typeof statementsAt>>;
  let large: Awaited<ReturnType<typeof statementsAt>>;
  beforeAll(async () => {
    small = await statementsAt(0.01);
    large = await statementsAt(0.025);
  }, 240_000);
  afterAll(async () => {
    await small?.handle.close();
    await large?.handle.close();
  });

  it("do not grow with the number of cohorts, members, sessions and attendance marks", () => {
    const perCase = (m: Map<string, Statement[]>) => Object.fromEntries([...m].map(([name, s]) => [name, s.length]));
    expect(perCase(large.counts)).toEqual(perCase(small.counts));
    expect(large.counts.size).toBeGreaterThanOrEqual(12);
  });
});
