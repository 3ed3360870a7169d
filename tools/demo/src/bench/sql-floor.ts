import { randomUUID } from "node:crypto";
import pg from "pg";
import { type Stats, statsOf } from "./stats.ts";

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The database's floor for one request: the very statements the server ran for it (captured
 * from Prisma), sent through `pg` one after another per request, by `connections` clients at once,
 * each a prepared statement as the server sends them (`statementNames` in @circle/db).
 */
export async function loadSql(
  url: string,
  statements: Statement[],
  { connections, seconds }: { connections: number; seconds: number },
): Promise<Stats> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const replays = statements.map(replayable);
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (performance.now() < until) {
        const start = performance.now();
        try {
          for (const [i, s] of replays.entries()) await client.query({ name: `floor_${i}`, text: s.sql, values: s.params() });
          latencies.push(performance.now() - start);
        } catch {
          errors++;
        }
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  await pool.end();
  return statsOf(latencies, seconds, errors);
}

/**
 * A statement's parameters for each replay. A row the request inserts (its audit record) has
 * its id chosen by the server: replayed with the same id, every insert after the first would
 * fail on the primary key, so each replay gets a new one.
 */
export function replayable(statement: Statement): { sql: string; params: () => unknown[] } {
  const insert = /^\s*INSERT INTO\s+\S+\s*\(([^)]*)\)\s*VALUES\s*\(([^)]*)\)/i.exec(statement.sql);
  const columns = insert?.[1]?.split(",").map((c) => c.trim()) ?? [];
  const placeholder = insert?.[2]?.split(",")[columns.indexOf('"id"')]?.trim();
  const idAt = placeholder && /^\$\d+$/.test(placeholder) ? Number(placeholder.slice(1)) - 1 : -1;
  if (idAt < 0) return { sql: statement.sql, params: () => statement.params };
  return { sql: statement.sql, params: () => statement.params.map((p, i) => (i === idAt ? randomUUID() : p)) };
}
