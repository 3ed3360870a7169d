import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { holdDataFolder } from "./data-folder-lock.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { migrate } from "./migrate/migrator.ts";
import { migrateAsOwner } from "./migrate/owner-migration.ts";
import { pgliteRunner, pgPoolRunner, type SqlRunner } from "./sql-runner.ts";
import { statementNames } from "./statement-names.ts";

export type Db = PrismaClient;

export interface DbHandle {
  prisma: PrismaClient;
  /** Raw SQL access for the migrator and health checks. */
  sql: SqlRunner;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

/** Called with every SQL statement Prisma sends (the statement-count test and the benchmark listen). */
export type StatementListener = (sql: string, params: unknown[]) => void;

export type DbOptions = (
  | {
      url: string;
      poolSize?: number;
      migrate?: boolean;
      /** the tables' owner, when the server's own role (url) owns nothing: migrations run as it */
      migrationUrl?: string;
    }
  | { dataDir: string; migrate?: boolean } // a folder, or "memory://" for a throw-away database
) & { onStatement?: StatementListener };

/**
 * The one place a Prisma client is made: a PostgreSQL server when a URL is given, otherwise
 * embedded PostgreSQL (PGlite) in a data folder. Migrations are applied unless told not to.
 */
export async function createDb(options: DbOptions): Promise<DbHandle> {
  const log: Log = options.onStatement ? QUERY_EVENTS : [];
  const handle = "url" in options ? openPostgres(options.url, options.poolSize, log) : await openPglite(options.dataDir, log);
  if (options.onStatement) listen(handle.prisma, options.onStatement);
  if (options.migrate !== false) {
    try {
      if ("url" in options && options.migrationUrl) await migrateAsOwner(options.migrationUrl, handle.sql);
      else await migrate(handle.sql);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
  return handle;
}

// Prisma emits query events only to a client made with this log setting.
const QUERY_EVENTS = [{ emit: "event", level: "query" }] as const;
type Log = readonly { emit: "event"; level: "query" }[];

function listen(prisma: PrismaClient, onStatement: StatementListener) {
  (prisma as unknown as { $on(event: "query", cb: (e: { query: string; params: string }) => void): void }).$on("query", (e) =>
    onStatement(e.query, JSON.parse(e.params) as unknown[]),
  );
}

function openPostgres(url: string, poolSize = 10, log: Log = []): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { statementNameGenerator: statementNames() }), log: [...log] });
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

// PostgreSQL zeroes its buffer pool at every start, here in WebAssembly: about 3.5 ms per MB on
// this 2-core machine, 0.45 s of a start at PostgreSQL's default 128 MB. 32 MB (its default
// until 9.3) holds an embedded organisation's working set; pages beyond it come from the
// operating system's file cache.
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB"];

async function openPglite(dataDir: string, log: Log = []): Promise<DbHandle> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) await mkdir(dataDir, { recursive: true });
  // Held until close: no second process opens this folder meanwhile (DataFolderInUse).
  const lock = inMemory ? null : holdDataFolder(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, { startParams: PGLITE_START_PARAMS });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), log: [...log] });
  return {
    prisma,
    sql: pgliteRunner(pglite),
    kind: "pglite",
    close: async () => {
      try {
        await prisma.$disconnect();
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}
