import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDbEnv } from "@circle/db";
import { openTestDb, type TestDbHandle } from "@circle/db/testing";
import { afterAll, describe, expect, it } from "vitest";

// `WORKERS=n npm start`: n server processes behind one port, on PostgreSQL only.
const MAIN = new URL("../main.ts", import.meta.url).pathname;
const { DATABASE_URL } = readDbEnv();

function start(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, "start"], {
    // Only the URLs given here: CI's PostgreSQL pass sets a migration URL for another database.
    env: {
      ...process.env,
      MIGRATION_DATABASE_URL: "",
      REPORTING_DATABASE_URL: "",
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

const childrenOf = (pid: number) =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);

describe("server processes", () => {
  it("refuses several workers on the embedded database, saying what they need", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "circle-workers-"));
    try {
      const run = start({ DATABASE_URL: "", DATA_DIR: dataDir, WORKERS: "2", PORT: "0" });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain("WORKERS needs PostgreSQL (DATABASE_URL)");
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("refuses a WORKERS that is not a count", async () => {
    const run = start({ WORKERS: "many", PORT: "0" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/WORKERS/);
  });

  describe.runIf(DATABASE_URL)("on PostgreSQL", () => {
    let db: TestDbHandle | undefined;
    let child: ChildProcess | undefined;
    afterAll(async () => {
      child?.kill("SIGTERM");
      await db?.close();
    });

    it("serves one port from two processes, prints the address once, and stops them all on SIGTERM", async () => {
      db = await openTestDb();
      const [row] = await db.sql.query<{ name: string }>("SELECT current_database() AS name");
      const url = new URL(DATABASE_URL ?? "");
      url.pathname = `/${row?.name}`;
      const port = 4700 + (process.pid % 200);
      const run = start({ DATABASE_URL: url.toString(), WORKERS: "2", PORT: String(port) });
      child = run.child;
      for (
        let tries = 0;
        !(await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.ok,
          () => false,
        ));
        tries++
      ) {
        if (tries > 300) throw new Error(`no answer on ${port}: ${run.output()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      // both workers listening before the address line is counted
      await new Promise((r) => setTimeout(r, 2_000));
      const workers = childrenOf(run.child.pid ?? 0);
      expect(workers).toHaveLength(2);
      expect(run.output().match(/Circle is running at/g)).toHaveLength(1);

      run.child.kill("SIGTERM");
      expect(await run.exited).toBe(0);
      for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
    }, 60_000);
  });
});
