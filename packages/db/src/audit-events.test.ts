import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDbEnv } from "./env.ts";
import { openTestDb, type TestDbHandle } from "./testing/test-db.ts";

// The audit log is append-only in the database itself: the trigger refuses any role, the
// embedded database included; on a server with two roles, the server's role also lacks the
// privilege to change rows and the ownership to switch the trigger off.

let handle: TestDbHandle;
let eventId: string;
beforeAll(async () => {
  handle = await openTestDb();
  const event = await handle.prisma.auditEvent.create({
    data: { action: "member.read", entityType: "Member", entityId: "01900000-0000-7000-8000-000000000001" },
  });
  eventId = event.id;
});
afterAll(() => handle.close());

const REFUSED = /append-only|permission denied/;

describe("audit events are append-only", () => {
  it("refuses to change, delete or truncate them through the server's connection", async () => {
    await expect(handle.prisma.auditEvent.update({ where: { id: eventId }, data: { action: "edited" } })).rejects.toThrow(
      REFUSED,
    );
    await expect(handle.prisma.auditEvent.deleteMany({})).rejects.toThrow(REFUSED);
    await expect(handle.sql.exec(`TRUNCATE "AuditEvent"`)).rejects.toThrow(REFUSED);
    expect(await handle.prisma.auditEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ action: "member.read" });
  });

  it("refuses the tables' owner too: the trigger, not only the privileges", async () => {
    await expect(handle.owner.exec(`UPDATE "AuditEvent" SET action = 'edited'`)).rejects.toThrow(/audit events are append-only/);
    await expect(handle.owner.exec(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/audit events are append-only/);
    await expect(handle.owner.exec(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/audit events are append-only/);
  });

  it("still takes new events", async () => {
    await handle.prisma.auditEvent.create({ data: { action: "member.read", entityType: "Member" } });
    expect(await handle.prisma.auditEvent.count()).toBeGreaterThanOrEqual(2);
  });
});

describe.runIf(readDbEnv().MIGRATION_DATABASE_URL)("the server's own role (two roles on PostgreSQL)", () => {
  it("owns nothing, so it cannot switch the append-only triggers off", async () => {
    for (const table of ["AuditEvent", "ConsentRecord"]) {
      await expect(handle.sql.exec(`ALTER TABLE "${table}" DISABLE TRIGGER USER`)).rejects.toThrow(/must be owner/);
    }
    await expect(handle.sql.exec(`DROP TABLE "AuditEvent"`)).rejects.toThrow(/must be owner/);
  });

  it("reads and writes the rows it needs, and cannot touch the migration history", async () => {
    await handle.prisma.member.create({ data: { firstName: "Ana", lastName: "Lima" } });
    await handle.prisma.member.updateMany({ data: { preferredName: "Ana" } });
    await expect(handle.sql.exec(`DELETE FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
  });
});
