import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { readDbEnv } from "@circle/db";
import { readServerEnv } from "../env.ts";
import { startServer } from "./start.ts";

/** A worker that dies this soon after starting is not restarted: it would only die again. */
const CRASH_LOOP_MS = 5_000;

/**
 * `npm start`: one server process, or with `WORKERS` (a number, or "auto" for one per core) that
 * many behind one port through node:cluster. The design keeps no state in a process (sessions,
 * limits and locks live in the database), so workers need nothing from each other. PGlite is one
 * process by nature: several workers need PostgreSQL.
 */
export async function startProcesses(): Promise<void> {
  const workers = workerCount(readServerEnv().WORKERS);
  if (workers === 1) return startServer();
  if (!readDbEnv().DATABASE_URL)
    throw new Error("WORKERS needs PostgreSQL (DATABASE_URL): the embedded database is one process by nature.");
  if (cluster.isPrimary) return superviseWorkers(workers);
  // Only the first worker says where Circle runs and prints the setup link: one line, one link.
  return startServer({ quiet: cluster.worker?.id !== 1 });
}

function workerCount(setting: "auto" | number): number {
  return setting === "auto" ? availableParallelism() : setting;
}

function superviseWorkers(count: number): Promise<void> {
  let stopping = false;
  const forkOne = () => {
    const startedAt = Date.now();
    cluster.fork().once("exit", (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt < CRASH_LOOP_MS) {
        console.error(`A server process exited while starting (code ${code ?? signal}); stopping.`);
        stop(1);
        return;
      }
      console.error(`A server process exited (code ${code ?? signal}); starting another.`);
      forkOne();
    });
  };
  const stop = (exitCode = 0) => {
    stopping = true;
    const running = Object.values(cluster.workers ?? {});
    if (running.length === 0) process.exit(exitCode);
    let left = running.length;
    for (const worker of running) {
      worker?.once("exit", () => {
        if (--left === 0) process.exit(exitCode);
      });
      worker?.process.kill("SIGTERM");
    }
  };
  process.once("SIGINT", () => stop());
  process.once("SIGTERM", () => stop());
  for (let i = 0; i < count; i++) forkOne();
  return new Promise(() => {}); // the primary lives until it is told to stop
}
