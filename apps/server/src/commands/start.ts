import { resolve } from "node:path";
import type { Services } from "@circle/api";
import { deleteExpiredSessions, hashToken, newToken } from "@circle/auth";
import { readDbEnv } from "@circle/db";
import { readServerEnv } from "../env.ts";
import { openServices } from "../services.ts";

const HOUSEKEEPING_EVERY_MS = 15 * 60_000;

/** Starts the dashboard; migrations are applied first (safe with several processes at once). */
export async function startServer(options: { dataDir?: string; banner?: string; quiet?: boolean } = {}): Promise<void> {
  const env = readServerEnv();
  // The HTTP side's modules load while the database opens, and Prisma's first query (its query
  // compiler's WebAssembly) is made while the routes are built: each start is that much shorter.
  const [{ services, handle }, { buildApp }] = await Promise.all([openServices(options), import("../http/app.ts")]);
  const warmUp = services.db.$queryRaw`SELECT 1`.catch(() => undefined); // a database gone meanwhile: /healthz says so
  const app = await buildApp({ services, env });
  await warmUp;

  const housekeeping = setInterval(() => {
    deleteExpiredSessions(services.db, services.sessionPolicy).catch((err) => app.log.warn({ err }, "session cleanup failed"));
  }, HOUSEKEEPING_EVERY_MS);
  housekeeping.unref();

  const shutdown = async () => {
    clearInterval(housekeeping);
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);

  // The lines below say where it runs and what to do next; Fastify's own "listening" log line
  // would come before them as JSON, so it is left out.
  const level = app.log.level;
  if (["trace", "debug", "info"].includes(level)) app.log.level = "warn";
  await app.listen({ port: env.PORT, host: env.HOST });
  app.log.level = level;
  if (options.quiet) return;
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const where =
    handle.kind === "pglite"
      ? `embedded PostgreSQL in ${resolve(options.dataDir ?? readDbEnv().DATA_DIR)}`
      : "PostgreSQL (DATABASE_URL)";
  const url = `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${port}`;
  console.log(`\nCircle is running at ${url}  (${where})`);
  if (options.banner) console.log(options.banner);
  else console.log(await nextStep(services.db, url));
}

/** The setup link while no administrator exists (printed here only, never logged), else where to sign in. */
async function nextStep(db: Services["db"], url: string): Promise<string> {
  const { issueSetupToken } = await import("@circle/core"); // loaded with the API by now
  const token = newToken();
  if (!(await issueSetupToken(db, hashToken(token)))) return `Next: sign in at ${url}/sign-in`;
  return `Next: create the first administrator at ${url}/setup?token=${token}\n(a one-time link; every start prints a new one until an administrator exists)`;
}
