// Starts the dashboard for the e2e run on a database of its own, with one administrator.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { ADMIN, e2eDatabase } from "./e2e-env.ts";

const db = e2eDatabase();
const env: NodeJS.ProcessEnv = { ...process.env, PORT: process.env.E2E_PORT ?? "4173", HOST: "127.0.0.1", LOG_LEVEL: "warn" };
if (db.kind === "pglite") {
  rmSync(db.dataDir, { recursive: true, force: true });
  env.DATA_DIR = db.dataDir;
} else {
  const pg = createRequire(new URL("../packages/db/package.json", import.meta.url))("pg");
  const admin = new pg.Client({ connectionString: db.serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${db.name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${db.name}"`);
  await admin.end();
  env.DATABASE_URL = db.url;
  if (db.migrationUrl) env.MIGRATION_DATABASE_URL = db.migrationUrl;
}

// The server as `npm start` runs it: its bundle (the web server command builds it first).
const cli = ["apps/server/dist/main.js"];
const root = new URL("..", import.meta.url).pathname;
const created = spawnSync(
  process.execPath,
  [...cli, "create-admin", "--name", ADMIN.name, "--email", ADMIN.email, "--password", ADMIN.password],
  {
    cwd: root,
    env,
    stdio: "inherit",
  },
);
if (created.status !== 0) process.exit(created.status ?? 1);

const server = spawn(process.execPath, [...cli, "start"], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
