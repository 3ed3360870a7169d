import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SERVER_ENTRY, startProcess } from "./processes.ts";

/**
 * Cold start on an existing embedded database, as a laptop restarts it (issue 16: ≤ 2 s): the
 * server is started once on a new PGlite folder (which creates and migrates it), then `times`
 * more, each timed from spawn until /healthz answers. The median, in ms.
 */
export async function timeColdStart(port: number, times: number): Promise<{ medianMs: number; runs: number[] }> {
  const dataDir = await mkdtemp(join(tmpdir(), "circle-cold-start-"));
  // Whatever database the benchmark itself runs on: this is the embedded one, in one process.
  const env = { DATA_DIR: dataDir, DATABASE_URL: "", MIGRATION_DATABASE_URL: "", REPORTING_DATABASE_URL: "", WORKERS: "1" };
  const start = () => startProcess(SERVER_ENTRY, ["start"], env, port, { pollMs: 10 });
  try {
    await (await start()).stop();
    const runs: number[] = [];
    for (let i = 0; i < times; i++) {
      const began = performance.now();
      const server = await start();
      runs.push(Math.round(performance.now() - began));
      await server.stop();
    }
    const sorted = [...runs].sort((a, b) => a - b);
    return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, runs };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
