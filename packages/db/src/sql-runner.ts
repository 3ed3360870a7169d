import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

/** The little the migrator and test helpers need from a connection, for PGlite and pg alike. */
export interface SqlRunner {
  /** Runs a script of several statements (no parameters). */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs fn on one connection inside BEGIN … COMMIT (ROLLBACK on error). */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Runs fn while holding a session-level advisory lock, so concurrent servers migrate once. */
  withLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
}

export function pgliteRunner(db: PGlite): SqlRunner {
  const runner: SqlRunner = {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows,
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          exec: async (sql) => {
            await tx.exec(sql);
          },
          query: async <Row>(sql: string, params?: unknown[]) => (await tx.query<Row>(sql, params)).rows,
          transaction: () => Promise.reject(new Error("nested transactions are not supported")),
          withLock: (_key, inner) => inner(),
        }),
      ),
    // PGlite is a single in-process connection: nothing else can migrate concurrently.
    withLock: (_key, fn) => fn(),
  };
  return runner;
}

export function pgPoolRunner(pool: Pool): SqlRunner {
  return {
    exec: async (sql) => {
      await pool.query(sql);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as Row[],
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
          transaction: () => Promise.reject(new Error("nested transactions are not supported")),
          withLock: (_key, inner) => inner(),
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    withLock: async (key, fn) => {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [key]);
        try {
          return await fn();
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [key]);
        }
      } finally {
        client.release();
      }
    },
  };
}
