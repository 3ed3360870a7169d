import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type DbHandle, type StatementListener } from "../client.ts";
import { readDbEnv } from "../env.ts";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a uniquely
 * named database on the PostgreSQL server of DATABASE_URL (dropped again by close()).
 */
export async function openTestDb(options: { onStatement?: StatementListener } = {}): Promise<DbHandle> {
  const { DATABASE_URL } = readDbEnv();
  if (!DATABASE_URL) return createDb({ dataDir: "memory://", ...options });

  const name = `circle_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), poolSize: 5, ...options });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: DATABASE_URL });
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
