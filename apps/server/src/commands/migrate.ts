import { createDb, migrate, migrateAsOwner, readDbEnv } from "@circle/db";

export async function runMigrations(): Promise<void> {
  const env = readDbEnv();
  const handle = env.DATABASE_URL
    ? await createDb({ url: env.DATABASE_URL, migrate: false })
    : await createDb({ dataDir: env.DATA_DIR, migrate: false });
  try {
    const applied = env.MIGRATION_DATABASE_URL
      ? await migrateAsOwner(env.MIGRATION_DATABASE_URL, handle.sql)
      : await migrate(handle.sql);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  } finally {
    await handle.close();
  }
}
