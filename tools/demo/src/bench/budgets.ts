import type { Kind } from "./cases.ts";

// Issue 16's budgets, for PostgreSQL on 2 cores at the large volume with 10 clients. Embedded
// PGlite (one WebAssembly thread, for laptops) gets three times the latency and no SQL floor.
export const BUDGETS = {
  readP95Ms: 25,
  /** saving a session's attendance sheet (issue 11) */
  writeP95Ms: 30,
  /** a list or detail procedure keeps at least this share of its raw SQL's throughput */
  readShareOfSqlFloor: 0.5,
  /** auth.me keeps at least this share of the server's /healthz throughput (its fixed cost ≤ 2×) */
  sessionShareOfHealthz: 0.5,
  reportP95Ms: 300,
  /** a list or detail procedure's p95 at 10× the volume stays under this multiple of its p95 at 0.1× */
  volumeGrowth: 2,
  /** a facilitator's home in Chromium, navigation start to every card shown (issue 16) */
  homeInteractiveMs: 300,
  exportMs: 2_000,
  /** from spawn to the first answer, on an existing embedded database */
  coldStartMs: 2_000,
  exportMemoryMb: 50,
  /** the dashboard's first JavaScript (entry and preloaded chunks, gzip), which every page starts with */
  firstJsKb: 150,
  /** everything the sign-in page downloads (gzip) */
  signInJsKb: 100,
  /** Lighthouse performance scores of sign-in, home and a cohort page */
  lighthouse: { mobile: 90, desktop: 98 },
} as const;
const PGLITE_SLACK = 3;

export interface Measured {
  kind: Kind;
  p95: number;
  rps: number;
  sqlFloorRps?: number;
  healthzRps: number;
  exportMs?: number;
  exportMemoryMb?: number;
}

/** The budgets a case missed, in words (empty when it is within all of them). */
export function missedBudgets(m: Measured, database: "postgres" | "pglite"): string[] {
  const slack = database === "pglite" ? PGLITE_SLACK : 1;
  const missed: string[] = [];
  if (m.kind === "read") {
    if (m.p95 > BUDGETS.readP95Ms * slack) missed.push(`p95 ${m.p95} ms > ${BUDGETS.readP95Ms * slack} ms`);
    if (m.sqlFloorRps && m.rps < m.sqlFloorRps * BUDGETS.readShareOfSqlFloor)
      missed.push(`${m.rps} req/s < ½ of its SQL's ${m.sqlFloorRps}`);
  }
  if (m.kind === "write" && m.p95 > BUDGETS.writeP95Ms * slack) missed.push(`p95 ${m.p95} ms > ${BUDGETS.writeP95Ms * slack} ms`);
  if (m.kind === "session" && m.rps < m.healthzRps * BUDGETS.sessionShareOfHealthz)
    missed.push(`${m.rps} req/s < ½ of /healthz's ${m.healthzRps}`);
  if (m.kind === "browser" && m.p95 > BUDGETS.homeInteractiveMs * slack)
    missed.push(`p95 ${m.p95} ms > ${BUDGETS.homeInteractiveMs * slack} ms`);
  if (m.kind === "report" && m.p95 > BUDGETS.reportP95Ms * slack)
    missed.push(`p95 ${m.p95} ms > ${BUDGETS.reportP95Ms * slack} ms`);
  if (m.kind === "export") {
    if ((m.exportMs ?? 0) > BUDGETS.exportMs * slack) missed.push(`${m.exportMs} ms > ${BUDGETS.exportMs * slack} ms`);
    if ((m.exportMemoryMb ?? 0) > BUDGETS.exportMemoryMb)
      missed.push(`memory +${m.exportMemoryMb} MB > ${BUDGETS.exportMemoryMb} MB`);
  }
  return missed;
}

/** A download over its budget, in words (empty when within it). Sizes do not depend on the database. */
export function missedWeight(kb: number, budgetKb: number): string[] {
  return kb > budgetKb ? [`${kb} kB > ${budgetKb} kB gzip`] : [];
}

export function missedLighthouse(score: number, profile: keyof typeof BUDGETS.lighthouse): string[] {
  const budget = BUDGETS.lighthouse[profile];
  return score < budget ? [`score ${score} < ${budget}`] : [];
}
