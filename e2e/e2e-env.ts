// Shared by the e2e server script, fixtures and teardown: where the e2e database lives.
export const ADMIN = { name: "Erin Admin", email: "e2e-admin@example.org", password: "e2e-admin-password-1" };

export type E2eDatabase =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; name: string; serverUrl: string; url: string };

export function e2eDatabase(): E2eDatabase {
  const runId = process.env.E2E_RUN_ID ?? "local";
  if (!process.env.DATABASE_URL) return { kind: "pglite", dataDir: new URL(`./.e2e-data/${runId}`, import.meta.url).pathname };
  const url = new URL(process.env.DATABASE_URL);
  const name = `circle_e2e_${runId.replace(/[^a-z0-9]/gi, "").toLowerCase()}`;
  const serverUrl = url.toString();
  url.pathname = `/${name}`;
  return { kind: "postgres", name, serverUrl, url: url.toString() };
}
