import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type DbHandle, readDbEnv } from "@circle/db";
import { createUserRecord, FACTORY_PASSWORD, openTestDb } from "@circle/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appOn, dataOf, mutation, query, sessionCookieOf, webRootWithIndex } from "../testing/app-under-test.ts";

/**
 * Stopping and starting the server keeps every saved record, and even the signed-in sessions:
 * on PGlite through its data folder, on PostgreSQL through the server's database.
 */
describe("a server restart", () => {
  let webRoot: string;
  let dataDir: string;
  beforeAll(async () => {
    webRoot = await webRootWithIndex();
    dataDir = await mkdtemp(join(tmpdir(), "circle-restart-"));
  });
  afterAll(async () => {
    await rm(webRoot, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Opens the same database again, as a new server process would. */
  async function sameDatabase(): Promise<{ open: () => Promise<DbHandle>; cleanup: () => Promise<void> }> {
    const { DATABASE_URL } = readDbEnv();
    if (!DATABASE_URL) return { open: () => createDb({ dataDir }), cleanup: async () => {} };
    // a throw-away database on the server, kept open (and dropped) by its own handle
    const keeper = await openTestDb();
    const [row] = await keeper.sql.query<{ name: string }>("SELECT current_database() AS name");
    const url = new URL(DATABASE_URL);
    url.pathname = `/${row?.name}`;
    return { open: () => createDb({ url: url.toString(), poolSize: 2 }), cleanup: () => keeper.close() };
  }

  it("keeps the records written before it, and the session cookie still works", async () => {
    const { open, cleanup } = await sameDatabase();
    try {
      let handle = await open();
      const user = await createUserRecord(handle.prisma, { role: "ADMIN", email: "restart.admin@example.org" });
      let server = await appOn(handle, webRoot);
      const signedIn = await mutation(server.app, "auth.signIn", { email: user.email, password: FACTORY_PASSWORD });
      expect(signedIn.statusCode).toBe(200);
      const cookie = sessionCookieOf(signedIn).header;
      const program = await mutation(
        server.app,
        "programs.create",
        {
          name: "Kept across restarts",
          groupType: "SUPPORT",
          leadership: "PEER_LED",
          delivery: "IN_PERSON",
          sessionCount: 8,
          sessionLengthMinutes: 90,
          defaultCapacity: 10,
          minimumEnrollment: 4,
        },
        { cookie },
      );
      expect(program.statusCode).toBe(200);
      await server.app.close();
      await handle.close();

      handle = await open();
      server = await appOn(handle, webRoot);
      const me = await query(server.app, "auth.me", { cookie });
      expect(dataOf(me)).toMatchObject({ email: "restart.admin@example.org", role: "ADMIN" });
      const programs = await query(server.app, "programs.list", { cookie }, { page: 1, pageSize: 25, sort: "name" });
      expect(dataOf(programs)).toMatchObject({ total: 1, rows: [{ name: "Kept across restarts" }] });
      await server.app.close();
      await handle.close();
    } finally {
      await cleanup();
    }
  });
});
