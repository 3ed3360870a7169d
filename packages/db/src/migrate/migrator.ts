import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SqlRunner } from "../sql-runner.ts";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../../../prisma/migrations", import.meta.url));

// Prisma's own advisory lock key, so `prisma migrate deploy` and this migrator never overlap.
const MIGRATION_LOCK_KEY = 72707369;

// The table exactly as Prisma creates it, so `prisma migrate deploy` agrees with what we applied.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Applies every migration not yet recorded in `_prisma_migrations`, in name order, each in its
 * own transaction. Refuses to run when an applied migration's file has changed or a previous
 * run failed half-way, as `prisma migrate deploy` does. Returns the names it applied.
 */
export async function migrate(runner: SqlRunner, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  return runner.withLock(MIGRATION_LOCK_KEY, async () => {
    // Only when missing: the server's own role, which may not create tables, can then check
    // that a database its owner migrated has nothing left to apply.
    const [table] = await runner.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
    if (!table?.exists) await runner.exec(CREATE_MIGRATIONS_TABLE);
    const applied = await runner.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const done = new Map<string, AppliedRow>();
    for (const row of applied) {
      if (row.rolled_back_at) continue;
      if (!row.finished_at) {
        throw new Error(`Migration ${row.migration_name} failed earlier and must be resolved by hand.`);
      }
      done.set(row.migration_name, row);
    }
    const ran: string[] = [];
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was changed after it was applied.`);
        }
        continue;
      }
      await runner.transaction(async (tx) => {
        const started = new Date();
        await tx.exec(migration.sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, $4, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name, started],
        );
      });
      ran.push(migration.name);
    }
    return ran;
  });
}
