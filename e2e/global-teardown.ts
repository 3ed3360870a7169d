import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { e2eDatabase } from "./e2e-env.ts";

/** Removes the run's database; the server is stopped by Playwright right after. */
export default async function globalTeardown() {
  const db = e2eDatabase();
  if (db.kind === "pglite") {
    rmSync(db.dataDir, { recursive: true, force: true });
    return;
  }
  const pg = createRequire(new URL("../packages/db/package.json", import.meta.url))("pg");
  const admin = new pg.Client({ connectionString: db.serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${db.name}" WITH (FORCE)`);
  await admin.end();
}
