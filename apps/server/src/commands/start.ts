import { resolve } from "node:path";
import { deleteExpiredSessions } from "@circle/auth";
import { readDbEnv } from "@circle/db";
import { readServerEnv } from "../env.ts";
import { buildApp } from "../http/app.ts";
import { openServices } from "../services.ts";

const HOUSEKEEPING_EVERY_MS = 15 * 60_000;

/** Starts the dashboard; migrations are applied first (safe with several processes at once). */
export async function startServer(options: { dataDir?: string; banner?: string } = {}): Promise<void> {
  const env = readServerEnv();
  const { services, handle } = await openServices(options);
  const app = await buildApp({ services, env });

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

  await app.listen({ port: env.PORT, host: env.HOST });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const where =
    handle.kind === "pglite"
      ? `embedded PostgreSQL in ${resolve(options.dataDir ?? readDbEnv().DATA_DIR)}`
      : "PostgreSQL (DATABASE_URL)";
  console.log(`\nCircle is running at http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${port}  (${where})`);
  if (options.banner) console.log(options.banner);
  else if ((await services.db.user.count({ where: { role: "ADMIN" } })) === 0) {
    console.log('No administrator yet: create one with `npm run create-admin` (or --name "…" --email … --password …).');
  }
}
