import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface BenchDatabase {
  kind: "postgres" | "pglite";
  /** what the server process is given: DATABASE_URL or DATA_DIR */
  env: Record<string, string>;
  url?: string;
  dataDir?: string;
  drop(): Promise<void>;
}

/** A throw-away database: on the PostgreSQL server of `serverUrl`, or a PGlite folder in /tmp. */
export async function createBenchDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  if (!serverUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), "circle-bench-"));
    return { kind: "pglite", env: { DATA_DIR: dataDir }, dataDir, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `circle_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: "postgres",
    env: { DATABASE_URL: url.toString() },
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** What the server process is given: on PostgreSQL one process per core, as the README says to run it; PGlite is one process. */
export function serverEnvOf(database: BenchDatabase): Record<string, string> {
  return database.kind === "postgres" ? { ...database.env, WORKERS: "auto" } : database.env;
}

/** "40 programs, 500 cohorts, …": what a seed put in, for the report. */
export function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([what, n]) => `${n.toLocaleString("en")} ${what}`)
    .join(", ");
}
