import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client.ts";
import { migrate } from "./migrate/migrator.ts";
import { pgliteRunner, pgPoolRunner, type SqlRunner } from "./sql-runner.ts";

export type Db = PrismaClient;

export interface DbHandle {
  prisma: PrismaClient;
  /** Raw SQL access for the migrator and health checks. */
  sql: SqlRunner;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

export type DbOptions = { url: string; poolSize?: number; migrate?: boolean } | { dataDir: string; migrate?: boolean }; // a folder, or "memory://" for a throw-away database

/**
 * The one place a Prisma client is made: a PostgreSQL server when a URL is given, otherwise
 * embedded PostgreSQL (PGlite) in a data folder. Migrations are applied unless told not to.
 */
export async function createDb(options: DbOptions): Promise<DbHandle> {
  const handle = "url" in options ? openPostgres(options.url, options.poolSize) : await openPglite(options.dataDir);
  if (options.migrate !== false) {
    try {
      await migrate(handle.sql);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
  return handle;
}

function openPostgres(url: string, poolSize = 10): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    sql: pgPoolRunner(pool),
    kind: "postgres",
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string): Promise<DbHandle> {
  if (!dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    sql: pgliteRunner(pglite),
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
