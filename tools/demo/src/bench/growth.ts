// npm run bench -- --growth: issue 16's "from 0.1× to 10× volume, list and detail p95 grow by less
// than 2×". Two organisations, one small and one large, each with its own server, measured in the
// same run case by case, in the order small, large, large, small, so that the machine's drift
// during the run weighs on both sides alike.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readDbEnv, resolveFromInvocation } from "@circle/db";
import { seedLargeOrganisation } from "../large/organisation.ts";
import { largeOptions } from "../large/seed-large.ts";
import { type BenchDatabase, createBenchDatabase, describeCounts, serverEnvOf } from "./bench-database.ts";
import { BUDGETS } from "./budgets.ts";
import { benchCases, type Case, pickTargets } from "./cases.ts";
import { CLIENTS, expectRealData, openHandle, requestOf, signInClients } from "./clients.ts";
import { loadHttp } from "./http-load.ts";
import { buildForStart, type Running, SERVER_ENTRY, startProcess } from "./processes.ts";
import type { Stats } from "./stats.ts";

interface Organisation {
  scale: number;
  database: BenchDatabase;
  server: Running;
  cases: Case[];
  cookies: Awaited<ReturnType<typeof signInClients>>;
  seeded: string;
}

interface GrowthRow {
  name: string;
  /** p95 (ms) and CPU per request at each scale: the mean of its two runs */
  small: { p95: number; cpuMs: number };
  large: { p95: number; cpuMs: number };
  growth: number;
  missed: string[];
}

export async function runGrowth(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      seconds: { type: "string", default: "5" },
      scales: { type: "string", default: "0.1,10" },
      only: { type: "string" },
      out: { type: "string" },
    },
    strict: false,
  });
  const seconds = Number(values.seconds);
  const scales = String(values.scales).split(",").map(Number);
  const [smallScale, largeScale] = scales;
  if (scales.length !== 2 || !smallScale || !largeScale || !(smallScale < largeScale))
    throw new Error(`--scales: two scales, the smaller first, e.g. 0.1,10 (got ${values.scales})`);
  const only = typeof values.only === "string" ? new RegExp(values.only, "i") : null;
  const base = largeOptions(args);
  const organisations: Organisation[] = [];
  await buildForStart();
  try {
    for (const [i, scale] of [smallScale, largeScale].entries())
      await openOrganisation(scale, base, 4600 + i * 50 + (process.pid % 50), organisations);
    const [small, large] = organisations as [Organisation, Organisation];
    const rows: GrowthRow[] = [];
    // Lists and detail pages: the cases the budget names. Their names are the same at every scale.
    for (const c of small.cases.filter((c) => c.kind === "read" && (!only || only.test(c.name)))) {
      const twin = large.cases.find((l) => l.name === c.name);
      if (!twin) throw new Error(`${c.name}: no such case at scale ${largeScale}`);
      const runs: Record<"small" | "large", Stats[]> = { small: [], large: [] };
      for (const side of ["small", "large", "large", "small"] as const) {
        const organisation = side === "small" ? small : large;
        runs[side].push(await measure(organisation, side === "small" ? c : twin, seconds));
      }
      const mean = (stats: Stats[], key: "p95" | "cpuMs") =>
        Math.round((stats.reduce((sum, s) => sum + (s[key] ?? 0), 0) / stats.length) * 100) / 100;
      const smallSide = { p95: mean(runs.small, "p95"), cpuMs: mean(runs.small, "cpuMs") };
      const largeSide = { p95: mean(runs.large, "p95"), cpuMs: mean(runs.large, "cpuMs") };
      const growth = Math.round((largeSide.p95 / smallSide.p95) * 100) / 100;
      const failures = [...runs.small, ...runs.large].reduce((sum, s) => sum + s.errors, 0);
      rows.push({
        name: c.name,
        small: smallSide,
        large: largeSide,
        growth,
        missed: [
          ...(failures ? [`${failures} failed requests`] : []),
          ...(growth >= BUDGETS.volumeGrowth ? [`p95 grew ${growth}× (budget < ${BUDGETS.volumeGrowth}×)`] : []),
        ],
      });
      console.log(`  ${c.name}: p95 ${smallSide.p95} → ${largeSide.p95} ms (${growth}×)`);
    }

    const kind = small.database.kind;
    const title = `Circle benchmark, growth with the volume — ${kind}, ${CLIENTS} clients, ${seconds} s per run, ${new Date().toISOString().slice(0, 16)}Z`;
    const markdown = growthMarkdown(title, organisations, rows);
    const outDir = resolveFromInvocation(typeof values.out === "string" ? values.out : "bench-results");
    await mkdir(outDir, { recursive: true });
    const seeded = Object.fromEntries(organisations.map((o) => [o.scale, o.seeded]));
    await writeFile(join(outDir, `bench-growth-${kind}.json`), `${JSON.stringify({ title, seeded, rows }, null, 2)}\n`);
    await writeFile(join(outDir, `bench-growth-${kind}.md`), markdown);
    console.log(`\n${markdown}\nWritten to ${outDir}`);
    const failed = rows.filter((r) => r.missed.length);
    if (failed.length) {
      console.error(`Over budget: ${failed.map((r) => `${r.name} (${r.missed.join("; ")})`).join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    for (const o of organisations.reverse()) {
      await o.server.stop();
      await o.database.drop();
    }
  }
}

/**
 * A throw-away database with the organisation at `scale`, its server and its signed-in clients,
 * added to `opened` as soon as its server runs: the caller stops and drops what is there.
 */
async function openOrganisation(
  scale: number,
  base: ReturnType<typeof largeOptions>,
  port: number,
  opened: Organisation[],
): Promise<void> {
  const database = await createBenchDatabase(readDbEnv().DATABASE_URL);
  const started = performance.now();
  let organisation: Organisation;
  try {
    const handle = await openHandle(database.url, database.dataDir);
    const { counts } = await seedLargeOrganisation(handle, { ...base, scale });
    const seeded = `${describeCounts(counts)} (seeded in ${((performance.now() - started) / 1000).toFixed(0)} s)`;
    console.log(`Scale ${scale} on ${database.kind}: ${seeded}`);
    const cases = benchCases(await pickTargets(handle.prisma));
    await handle.close(); // PGlite: the server process needs the folder to itself
    const server = await startProcess(SERVER_ENTRY, ["start"], serverEnvOf(database), port);
    organisation = { scale, database, server, cases, cookies: { admin: [], facilitator: [], staff: [] }, seeded };
  } catch (error) {
    await database.drop();
    throw error;
  }
  opened.push(organisation);
  organisation.cookies = await signInClients(organisation.server.url);
}

async function measure({ server, cookies }: Organisation, c: Case, seconds: number): Promise<Stats> {
  const request = requestOf(c, server.url);
  const clientCookies = c.role ? cookies[c.role] : [];
  await expectRealData(server.url, c, request, clientCookies[0]);
  return loadHttp(server.url, request, { connections: CLIENTS, seconds, cookies: clientCookies, serverPid: server.pid });
}

function growthMarkdown(title: string, organisations: Organisation[], rows: GrowthRow[]): string {
  const [small, large] = organisations;
  return [
    `### ${title}`,
    "",
    ...organisations.map((o) => `- Scale ${o.scale}: ${o.seeded}.`),
    "",
    `| case | p95 ms at ${small?.scale}× | p95 ms at ${large?.scale}× | growth | CPU ms/req at ${small?.scale}× | at ${large?.scale}× | budget |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.small.p95} | ${r.large.p95} | ${r.growth}× | ${r.small.cpuMs} | ${r.large.cpuMs} | ${r.missed.length ? `**missed**: ${r.missed.join("; ")}` : "ok"} |`,
    ),
    "",
  ].join("\n");
}
