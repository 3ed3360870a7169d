import pg from "pg";
import { pgPoolRunner, type SqlRunner } from "../sql-runner.ts";
import { migrate } from "./migrator.ts";

// What the server's role may never do: rewrite or erase the audit log and consent records.
// Without ownership it cannot disable their append-only triggers either.
const APPEND_ONLY_TABLES = ['"AuditEvent"', '"ConsentRecord"'];

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The grants that let the server's role read and write rows, and nothing more. */
export function serverRoleGrants(role: string, schema: string): string {
  const who = quoteIdentifier(role);
  const where = quoteIdentifier(schema);
  return `
GRANT USAGE ON SCHEMA ${where} TO ${who};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${where} TO ${who};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${where} TO ${who};
REVOKE UPDATE, DELETE, TRUNCATE ON ${APPEND_ONLY_TABLES.join(", ")} FROM ${who};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${who};`;
}

/**
 * Two roles on a PostgreSQL server: migrations run as the owner of the tables (ownerUrl), the
 * server as a role that owns nothing (its own connection, `server`). After migrating, the
 * owner grants the server's role row access, without UPDATE or DELETE on the append-only
 * tables. When both connections are the same role (a laptop), nothing is granted.
 */
export async function migrateAsOwner(ownerUrl: string, server: SqlRunner): Promise<string[]> {
  // two connections: migrate() holds one for its advisory lock and runs on the other
  const pool = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  try {
    const owner = pgPoolRunner(pool);
    const applied = await migrate(owner);
    const [serverRole] = await server.query<{ role: string }>("SELECT current_user AS role");
    const [ownerRole] = await owner.query<{ role: string; schema: string }>(
      "SELECT current_user AS role, current_schema() AS schema",
    );
    if (serverRole && ownerRole && serverRole.role !== ownerRole.role) {
      await owner.exec(serverRoleGrants(serverRole.role, ownerRole.schema));
    }
    return applied;
  } finally {
    await pool.end();
  }
}
