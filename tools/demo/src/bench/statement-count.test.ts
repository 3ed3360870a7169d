import { openTestDb } from "@circle/db/testing";
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

async function statementsAt(scale: number, seed: number) {
  let listener: ((sql: string, params: unknown[]) => void) | undefined;
  const handle = await openTestDb({ onStatement: (sql, params) => listener?.(sql, params) });
  await seedLargeOrganisation(handle, { scale, seed, today });
  const targets = await pickTargets(handle.prisma);
  const cases = benchCases(targets, today.toJSDate());
  const counts = await captureStatements(async (onStatement) => {
    listener = onStatement;
    return { ...handle, close: async () => {} };
  }, cases);
  // What the per-cohort cases read: it must differ between the two organisations, or a query
  // per session or per member would send as many statements in both and pass unnoticed.
  const rows = {
    sessions: await handle.prisma.session.count({ where: { cohortId: targets.cohortId } }),
    members: await handle.prisma.enrollment.count({ where: { cohortId: targets.cohortId } }),
    cohorts: await handle.prisma.cohort.count(),
  };
  return { handle, counts, rows };
}

describe("SQL statements per benchmarked request", () => {
  let small: Awaited<ReturnType<typeof statementsAt>>;
  let large: Awaited<ReturnType<typeof statementsAt>>;
  beforeAll(async () => {
    small = await statementsAt(0.01, 16);
    large = await statementsAt(0.025, 23);
  }, 600_000);
  afterAll(async () => {
    await small?.handle.close();
    await large?.handle.close();
  });

  it("do not grow with the number of cohorts, members, sessions and attendance marks", () => {
    for (const what of ["sessions", "members", "cohorts"] as const) expect(large.rows[what]).toBeGreaterThan(small.rows[what]);
    const perCase = (m: Map<string, Statement[]>) => Object.fromEntries([...m].map(([name, s]) => [name, s.length]));
    expect(perCase(large.counts)).toEqual(perCase(small.counts));
    expect(large.counts.size).toBeGreaterThanOrEqual(12);
  });
});
