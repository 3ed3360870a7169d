import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../client.ts";
import { readDbEnv } from "../env.ts";
import { openTestDb, type TestDbHandle } from "../testing/test-db.ts";
import { MIGRATIONS_DIR, migrate, readMigrations } from "./migrator.ts";

let handle: TestDbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

/** Empties the database completely (tables, enums, functions and the migrations table). */
async function blank() {
  await handle.owner.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
}

async function tables(): Promise<string[]> {
  const rows = await handle.owner.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}
const recorded = () => handle.owner.query<MigrationRow>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);

describe("the project's migrations", () => {
  it("apply in name order to an empty database and are recorded as Prisma records them", async () => {
    await blank();
    const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders.length).toBeGreaterThan(0);

    expect(await migrate(handle.owner)).toEqual(folders);

    const rows = await recorded();
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    for (const row of rows) {
      const file = await readFile(join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at?.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime() - 1000);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
    }
    expect(await tables()).toEqual(expect.arrayContaining(["User", "Cohort", "ConsentRecord", "_prisma_migrations"]));
  });

  it("a second run applies nothing and records nothing", async () => {
    const before = await recorded();
    expect(await migrate(handle.owner)).toEqual([]);
    expect(await recorded()).toEqual(before);
  });

  it("keeps the migrations table exactly as Prisma creates it", async () => {
    const columns = await handle.owner.query<{ column_name: string; data_type: string; is_nullable: string; len: number | null }>(
      `SELECT column_name, data_type, is_nullable, character_maximum_length AS len
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '_prisma_migrations'
        ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", is_nullable: "NO", len: 36 },
      { column_name: "checksum", data_type: "character varying", is_nullable: "NO", len: 64 },
      { column_name: "finished_at", data_type: "timestamp with time zone", is_nullable: "YES", len: null },
      { column_name: "migration_name", data_type: "character varying", is_nullable: "NO", len: 255 },
      { column_name: "logs", data_type: "text", is_nullable: "YES", len: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", is_nullable: "YES", len: null },
      { column_name: "started_at", data_type: "timestamp with time zone", is_nullable: "NO", len: null },
      { column_name: "applied_steps_count", data_type: "integer", is_nullable: "NO", len: null },
    ]);
  });

  it("readMigrations gives each migration's text and checksum", async () => {
    const [first] = await readMigrations();
    expect(first?.sql).toContain('CREATE TABLE "User"');
    expect(first?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("migrations in a folder of their own", () => {
  let dir: string;
  beforeAll(async () => {
    await blank();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
    await blank();
  });

  async function folder(migrations: Record<string, string>): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), "circle-migrations-"));
    for (const [name, sql] of Object.entries(migrations)) await write(name, sql);
    return dir;
  }
  async function write(name: string, sql: string) {
    await mkdir(join(dir, name), { recursive: true });
    await writeFile(join(dir, name, "migration.sql"), sql);
  }

  it("refuses to run when an applied migration's file was changed afterwards", async () => {
    const d = await folder({ "001_notes": `CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY);` });
    await migrate(handle.owner, d);
    await write("001_notes", `CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "body" TEXT);`);
    await write("002_more", `CREATE TABLE "More" ("id" INTEGER PRIMARY KEY);`);
    await expect(migrate(handle.owner, d)).rejects.toThrow(/001_notes was changed after it was applied/);
    // nothing after it ran either
    expect(await tables()).not.toContain("More");
  });

  it("runs each migration in a transaction: a failing one leaves nothing behind, earlier ones stay", async () => {
    const d = await folder({
      "001_first": `CREATE TABLE "First" ("id" INTEGER PRIMARY KEY);`,
      "002_broken": `CREATE TYPE "Mood" AS ENUM ('CALM');
CREATE TABLE "Second" ("id" INTEGER PRIMARY KEY);
INSERT INTO "Second" VALUES (1);
ALTER TABLE "DoesNotExist" ADD COLUMN "x" TEXT;`,
      "003_third": `CREATE TABLE "Third" ("id" INTEGER PRIMARY KEY);`,
    });
    await expect(migrate(handle.owner, d)).rejects.toThrow(/DoesNotExist/);

    expect(await tables()).toEqual(["First", "_prisma_migrations"]);
    expect(await handle.owner.query(`SELECT 1 FROM pg_type WHERE typname = 'Mood'`)).toEqual([]);
    expect((await recorded()).map((r) => r.migration_name)).toEqual(["001_first"]);

    // once fixed, the next run carries on where it stopped
    await write("002_broken", `CREATE TABLE "Second" ("id" INTEGER PRIMARY KEY);`);
    expect(await migrate(handle.owner, d)).toEqual(["002_broken", "003_third"]);
    expect(await tables()).toEqual(["First", "Second", "Third", "_prisma_migrations"]);
  });

  it("commits a migration together with its record: if recording fails, the migration is undone too", async () => {
    // the second migration succeeds, but makes the insert of its own record fail
    const d = await folder({
      "001_first": `CREATE TABLE "First" ("id" INTEGER PRIMARY KEY);`,
      "002_unrecordable": `CREATE TABLE "Second" ("id" INTEGER PRIMARY KEY);
CREATE FUNCTION "refuse"() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'recording refused'; END; $$ LANGUAGE plpgsql;
CREATE TRIGGER "refuse_record" BEFORE INSERT ON "_prisma_migrations" FOR EACH ROW EXECUTE FUNCTION "refuse"();`,
    });
    await expect(migrate(handle.owner, d)).rejects.toThrow(/recording refused/);
    expect(await tables()).toEqual(["First", "_prisma_migrations"]);
    expect((await recorded()).map((r) => r.migration_name)).toEqual(["001_first"]);
  });

  it("refuses to run while a migration is recorded as failed half-way (as `prisma migrate deploy` left it)", async () => {
    const d = await folder({ "001_first": `CREATE TABLE "First" ("id" INTEGER PRIMARY KEY);` });
    await migrate(handle.owner, d);
    await handle.owner.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ('3f1e0c9a-1111-4222-8333-944445555666', 'x', '002_failed', now(), 0)`,
    );
    await write("003_next", `CREATE TABLE "Next" ("id" INTEGER PRIMARY KEY);`);
    await expect(migrate(handle.owner, d)).rejects.toThrow(/002_failed failed earlier/);
    expect(await tables()).not.toContain("Next");
  });

  it("applies again a migration Prisma recorded as rolled back", async () => {
    const d = await folder({ "001_first": `CREATE TABLE "First" ("id" INTEGER PRIMARY KEY);` });
    await handle.owner.exec(`CREATE TABLE "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0);
      INSERT INTO "_prisma_migrations" (id, checksum, migration_name, rolled_back_at)
      VALUES ('3f1e0c9a-1111-4222-8333-944445555667', 'old', '001_first', now());`);
    expect(await migrate(handle.owner, d)).toEqual(["001_first"]);
    expect(await tables()).toContain("First");
  });
});

describe.runIf(readDbEnv().DATABASE_URL)("several server processes starting at once on one PostgreSQL", () => {
  let other: DbHandle;
  beforeAll(async () => {
    const [row] = await handle.owner.query<{ name: string }>("SELECT current_database() AS name");
    const { DATABASE_URL, MIGRATION_DATABASE_URL } = readDbEnv();
    const url = new URL(MIGRATION_DATABASE_URL ?? DATABASE_URL ?? "");
    url.pathname = `/${row?.name}`;
    other = await createDb({ url: url.toString(), poolSize: 2, migrate: false });
    await blank();
  });
  afterAll(() => other.close());

  it("apply each migration once: one process migrates, the others find nothing to do", async () => {
    const results = await Promise.all([migrate(handle.owner), migrate(other.sql), migrate(handle.owner)]);
    const all = (await readMigrations()).map((m) => m.name);
    expect(results.flat().sort()).toEqual(all);
    expect(results.filter((r) => r.length > 0)).toHaveLength(1);
    expect((await recorded()).map((r) => r.migration_name)).toEqual(all);
  });
});
