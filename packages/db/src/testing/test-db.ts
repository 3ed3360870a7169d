import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type DbHandle, type StatementListener } from "../client.ts";
import { readDbEnv } from "../env.ts";
import { pgPoolRunner, type SqlRunner } from "../sql-runner.ts";

export interface TestDbHandle extends DbHandle {
  /** the tables' owner: for a test that alters the schema (the server's own role may not) */
  owner: SqlRunner;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a uniquely
 * named database on the PostgreSQL server of DATABASE_URL (dropped again by close()). With
 * MIGRATION_DATABASE_URL the owner creates and migrates it and the tests run as the server's
 * own role, as production does.
 */
export async function openTestDb(options: { onStatement?: StatementListener } = {}): Promise<TestDbHandle> {
  const { DATABASE_URL, MIGRATION_DATABASE_URL } = readDbEnv();
  if (!DATABASE_URL) {
    const handle = await createDb({ dataDir: "memory://", ...options });
    return { ...handle, owner: handle.sql };
  }

  const name = `circle_test_${randomBytes(6).toString("hex")}`;
  const ownerUrl = MIGRATION_DATABASE_URL ?? DATABASE_URL;
  const admin = new pg.Client({ connectionString: ownerUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const handle = await createDb({
    url: inDatabase(DATABASE_URL, name),
    migrationUrl: MIGRATION_DATABASE_URL && inDatabase(MIGRATION_DATABASE_URL, name),
    poolSize: 5,
    ...options,
  });
  const ownerPool = MIGRATION_DATABASE_URL
    ? new pg.Pool({ connectionString: inDatabase(MIGRATION_DATABASE_URL, name), max: 5 })
    : null;
  return {
    ...handle,
    owner: ownerPool ? pgPoolRunner(ownerPool) : handle.sql,
    close: async () => {
      await ownerPool?.end();
      await handle.close();
      const dropper = new pg.Client({ connectionString: ownerUrl });
      await dropper.connect();
      // Let the closed pool's connections leave first: terminating one that is still closing
      // (FORCE) surfaces as an unhandled error in the test run.
      for (let tries = 0; tries < 100; tries++) {
        const { rows } = await dropper.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

function inDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
