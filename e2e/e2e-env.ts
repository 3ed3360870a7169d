// Shared by the e2e server script, fixtures and teardown: where the e2e database lives.
export const ADMIN = { name: "Erin Admin", email: "e2e-admin@example.org", password: "e2e-admin-password-1" };

export type E2eDatabase =
  | { kind: "pglite"; dataDir: string }
  | {
      kind: "postgres";
      name: string;
      /** where the run's database is created and dropped: the owner's server connection */
      serverUrl: string;
      /** the server's own role, in the run's database */
      url: string;
      /** the owner, in the run's database, when migrations run as another role */
      migrationUrl?: string;
    };

export function e2eDatabase(): E2eDatabase {
  const runId = process.env.E2E_RUN_ID ?? "local";
  if (!process.env.DATABASE_URL) return { kind: "pglite", dataDir: new URL(`./.e2e-data/${runId}`, import.meta.url).pathname };
  const name = `circle_e2e_${runId.replace(/[^a-z0-9]/gi, "").toLowerCase()}`;
  const owner = process.env.MIGRATION_DATABASE_URL;
  return {
    kind: "postgres",
    name,
    serverUrl: owner ?? process.env.DATABASE_URL,
    url: inDatabase(process.env.DATABASE_URL, name),
    migrationUrl: owner && inDatabase(owner, name),
  };
}

function inDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
