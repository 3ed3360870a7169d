import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type DbHandle } from "@circle/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A running server holds its embedded database's folder; the command line refuses to open it
// (two processes writing one PGlite folder corrupt it) and says what to do instead.
const MAIN = new URL("../main.ts", import.meta.url).pathname;

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...args], {
      // the embedded database: no server URL of any kind (CI sets them for its PostgreSQL pass)
      env: { ...process.env, DATABASE_URL: "", MIGRATION_DATABASE_URL: "", REPORTING_DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("the command line on a data folder a server holds", () => {
  let dataDir: string;
  let server: DbHandle;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "circle-held-"));
    server = await createDb({ dataDir }); // what a running server holds
  });
  afterAll(async () => {
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("refuses create-admin and migrate, naming the holder and the way out", async () => {
    const admin = ["create-admin", "--name", "Ada Admin", "--email", "ada@example.org", "--password", "a long passphrase"];
    for (const args of [admin, ["migrate"]]) {
      const { code, output } = await runCli(args, { DATA_DIR: dataDir });
      expect(code).toBe(1);
      expect(output).toContain(`in use by another Circle process (pid ${process.pid})`);
      expect(output).toContain("open the setup link it printed");
    }
    expect(await server.prisma.user.count()).toBe(0);
  });
});
