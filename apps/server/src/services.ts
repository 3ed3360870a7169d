import type { Services } from "@circle/api";
import { readAuthEnv } from "@circle/auth";
import { createDb, type DbHandle, readDbEnv } from "@circle/db";

/**
 * Opens the database (PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR), migrated,
 * and the reporting replica when REPORTING_DATABASE_URL is set (never migrated: it follows the
 * primary). The handle closes both.
 */
export async function openServices(overrides: { dataDir?: string } = {}): Promise<{ services: Services; handle: DbHandle }> {
  const dbEnv = readDbEnv();
  const auth = readAuthEnv();
  // The API's modules (the routers, their schemas) load while the database opens.
  const api = import("@circle/api");
  const handle = dbEnv.DATABASE_URL
    ? await createDb({ url: dbEnv.DATABASE_URL, migrationUrl: dbEnv.MIGRATION_DATABASE_URL })
    : await createDb({ dataDir: overrides.dataDir ?? dbEnv.DATA_DIR });
  const replica = dbEnv.REPORTING_DATABASE_URL ? await createDb({ url: dbEnv.REPORTING_DATABASE_URL, migrate: false }) : null;
  const { createServices } = await api;
  const services = createServices(handle.prisma, {
    reportingDb: replica?.prisma ?? handle.prisma,
    sessionPolicy: { idleMinutes: auth.SESSION_IDLE_MINUTES, maxHours: auth.SESSION_MAX_HOURS },
  });
  const close = async () => {
    await replica?.close();
    await handle.close();
  };
  return { services, handle: { ...handle, close } };
}
