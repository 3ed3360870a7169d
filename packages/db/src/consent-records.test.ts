import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "./client.ts";
import { openTestDb } from "./testing/test-db.ts";

let handle: DbHandle;
let record: { id: string; memberId: string; versionId: string };
beforeAll(async () => {
  handle = await openTestDb();
  const db = handle.prisma;
  const member = await db.member.create({ data: { firstName: "Ana", lastName: "Lima" } });
  const document = await db.consentDocument.create({ data: { title: "Group agreement and informed consent" } });
  const version = await db.consentDocumentVersion.create({
    data: { documentId: document.id, version: 1, body: "Purpose, confidentiality and its limits, attendance …" },
  });
  record = await db.consentRecord.create({
    data: {
      memberId: member.id,
      versionId: version.id,
      action: "GIVEN",
      method: "E_SIGNATURE",
      signedName: "Ana Lima",
      occurredAt: new Date("2026-03-01T15:00:00Z"),
    },
  });
});
afterAll(() => handle.close());

// the trigger refuses even the owner; the server's own role is refused the privilege first
const APPEND_ONLY = /append-only|permission denied/;
const stored = () => handle.prisma.consentRecord.findUniqueOrThrow({ where: { id: record.id } });

describe("consent records are append-only in the database itself", () => {
  it("refuses to change a record", async () => {
    const before = await stored();
    await expect(
      handle.prisma.consentRecord.update({ where: { id: record.id }, data: { signedName: "Someone Else" } }),
    ).rejects.toThrow(APPEND_ONLY);
    await expect(handle.prisma.consentRecord.updateMany({ data: { action: "WITHDRAWN" } })).rejects.toThrow(APPEND_ONLY);
    await expect(handle.sql.query(`UPDATE "ConsentRecord" SET "reason" = 'edited' WHERE id = $1`, [record.id])).rejects.toThrow(
      APPEND_ONLY,
    );
    expect(await stored()).toEqual(before);
  });

  it("refuses to delete a record, or what it points to", async () => {
    await expect(handle.prisma.consentRecord.delete({ where: { id: record.id } })).rejects.toThrow(APPEND_ONLY);
    await expect(handle.prisma.consentRecord.deleteMany({})).rejects.toThrow(APPEND_ONLY);
    await expect(handle.sql.query(`DELETE FROM "ConsentRecord" WHERE id = $1`, [record.id])).rejects.toThrow(APPEND_ONLY);
    await expect(handle.sql.exec(`TRUNCATE "ConsentRecord"`)).rejects.toThrow(APPEND_ONLY);
    // the history cannot vanish with the member or the document version either
    await expect(handle.prisma.member.delete({ where: { id: record.memberId } })).rejects.toThrow();
    await expect(handle.prisma.consentDocumentVersion.delete({ where: { id: record.versionId } })).rejects.toThrow();
    expect(await stored()).toMatchObject({ id: record.id, action: "GIVEN" });
  });

  it("takes a withdrawal as a new record beside the original", async () => {
    await handle.prisma.consentRecord.create({
      data: {
        memberId: record.memberId,
        versionId: record.versionId,
        action: "WITHDRAWN",
        reason: "Moving away",
        occurredAt: new Date("2026-04-01T15:00:00Z"),
      },
    });
    const history = await handle.prisma.consentRecord.findMany({
      where: { memberId: record.memberId },
      orderBy: { occurredAt: "asc" },
      select: { action: true },
    });
    expect(history).toEqual([{ action: "GIVEN" }, { action: "WITHDRAWN" }]);
  });
});
