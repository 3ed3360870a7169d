// npm run bench: latency budgets for the dashboard's busiest reads, on realistic volumes.
// Seeds a large agency into a fresh database (PGlite in memory, or DATABASE_URL's server in a
// throw-away database), then times each procedure in-process through tRPC (validation, access
// control, Prisma, database) and fails when a p95 exceeds its budget.
import { createCaller, createContextInner, createServices } from "@circle/api";
import { resolveSession, startSession } from "@circle/auth";
import { openTestDb } from "@circle/db/testing";
import { seedVolume } from "./seed-volume.ts";

const ITERATIONS = 40;
// p95 budgets in milliseconds on a PostgreSQL server: what a facilitator on a tablet should never
// wait longer than. Embedded PGlite (one WebAssembly thread, for laptops) gets 2.5 times as long.
const PGLITE_SLACK = 2.5;
const BUDGETS: Record<string, number> = {
  "auth.me (session resolve)": 25,
  "cohorts.list (admin, page 1)": 120,
  "cohorts.list (facilitator)": 80,
  "cohorts.get": 60,
  "sessions.week (admin)": 120,
  "sessions.mine (facilitator)": 60,
  "members.list (search)": 150,
  "intake.queue (flagged first)": 150,
  "enrollment.roster": 120,
  "users.list": 60,
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function runBench(): Promise<void> {
  const handle = await openTestDb();
  const seedStart = performance.now();
  const seeded = await seedVolume(handle.prisma);
  console.log(
    `Seeded ${seeded.cohorts.length} cohorts, ${seeded.sessions} sessions, ${seeded.members} members, ` +
      `${seeded.attendance} attendance marks, ${seeded.applications} applications on ${handle.kind} in ${Math.round(performance.now() - seedStart)} ms`,
  );
  const services = createServices(handle.prisma);
  const callerFor = async (userId: string) => {
    const { token } = await startSession(services.db, userId, services.sessionPolicy);
    return {
      token,
      caller: createCaller(
        createContextInner(services, {
          session: await resolveSession(services.db, token, services.sessionPolicy),
          sessionToken: token,
        }),
      ),
    };
  };
  const admin = await callerFor(seeded.admin.id);
  const facilitatorId = seeded.facilitators[0]?.id ?? "";
  const facilitator = await callerFor(facilitatorId);
  const cohortId = seeded.cohorts.find((c) => c.status === "RUNNING")?.id ?? seeded.cohorts[0]?.id ?? "";
  const today = new Date().toISOString().slice(0, 10);

  const cases: Record<string, () => Promise<unknown>> = {
    "auth.me (session resolve)": async () =>
      createCaller(
        createContextInner(services, { session: await resolveSession(services.db, admin.token, services.sessionPolicy) }),
      ).auth.me(),
    "cohorts.list (admin, page 1)": () => admin.caller.cohorts.list({ page: 1, pageSize: 25, sort: "startDate", desc: true }),
    "cohorts.list (facilitator)": () => facilitator.caller.cohorts.list({ page: 1, pageSize: 25, sort: "startDate" }),
    "cohorts.get": () => admin.caller.cohorts.get({ cohortId }),
    "sessions.week (admin)": () => admin.caller.sessions.week({ weekOf: today }),
    "sessions.mine (facilitator)": () => facilitator.caller.sessions.mine({ from: new Date() }),
    "members.list (search)": () => admin.caller.members.list({ page: 1, pageSize: 25, sort: "lastName", q: "an" }),
    "intake.queue (flagged first)": () =>
      admin.caller.intake.queue({ page: 1, pageSize: 25, sort: "submittedAt", status: "SUBMITTED" }),
    "enrollment.roster": () => admin.caller.enrollment.roster({ cohortId }),
    "users.list": () => admin.caller.users.list({ page: 1, pageSize: 25, sort: "name" }),
  };

  const rows: { name: string; p50: number; p95: number; budget: number; ok: boolean }[] = [];
  for (const [name, run] of Object.entries(cases)) {
    await run(); // warm-up: query plans and the Prisma query compiler
    const times: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const budget = (BUDGETS[name] ?? 100) * (handle.kind === "pglite" ? PGLITE_SLACK : 1);
    const p95 = percentile(times, 95);
    rows.push({ name, p50: +percentile(times, 50).toFixed(1), p95: +p95.toFixed(1), budget, ok: p95 <= budget });
  }
  console.table(rows);
  await handle.close();
  const over = rows.filter((r) => !r.ok);
  if (over.length) {
    console.error(`Over budget: ${over.map((r) => r.name).join(", ")}`);
    process.exitCode = 1;
    return;
  }
  console.log(`All ${rows.length} procedures within their p95 budgets (${ITERATIONS} runs each).`);
}
