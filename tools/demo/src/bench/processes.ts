import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../../..", import.meta.url));

export interface Running {
  url: string;
  pid: number;
  /** resident memory of the process, from /proc (Linux) */
  rssMb(): number;
  stop(): Promise<void>;
}

/** Starts an entry point (a TypeScript one through tsx) and waits for its /healthz. */
export async function startProcess(
  entry: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  { pollMs = 100 }: { pollMs?: number } = {},
): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, [...(entry.endsWith(".ts") ? ["--import", "tsx"] : []), entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`${entry} exited with code ${code} before it answered`))),
  );
  for (let tries = 0; ; tries++) {
    const up = await Promise.race([
      fetch(`${url}/healthz`)
        .then((r) => r.ok)
        .catch(() => false),
      exited,
    ]);
    if (up) break;
    if (tries * pollMs > 60_000) throw new Error(`${entry} did not answer /healthz within a minute`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    rssMb: () => treeRssMb(pid),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Resident memory of a process and its children (the server's workers), from /proc (Linux). */
function treeRssMb(pid: number): number {
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
  return rss + children.reduce((sum, child) => sum + treeRssMb(child), 0);
}

/** Builds the dashboard and the server as `npm start` does (turbo: an unchanged dashboard is not rebuilt). */
export function buildForStart(): Promise<void> {
  const build = spawn(process.execPath, ["scripts/build-quietly.mjs", "web", "server"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
  });
  return new Promise((resolve, reject) =>
    build.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`building for npm start failed (${code})`)))),
  );
}

/** What `npm start` runs: the server's bundle (buildForStart). */
export const SERVER_ENTRY = "apps/server/dist/main.js";
export const FLOOR_ENTRY = fileURLToPath(new URL("./floor-server.ts", import.meta.url));
