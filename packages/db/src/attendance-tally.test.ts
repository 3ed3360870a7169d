import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCohortRecord, memberFields } from "./testing/factories.ts";
import { openTestDb, type TestDbHandle } from "./testing/test-db.ts";

// The tallies are kept by triggers, whoever writes the marks: after every kind of write they
// equal a count of the marks themselves.

let handle: TestDbHandle;
let sessionIds: string[];
let memberIds: string[];
beforeAll(async () => {
  handle = await openTestDb();
  const db = handle.prisma;
  const cohort = await createCohortRecord(db, "Tally", { startTime: "18:00", timeZone: "Europe/Lisbon" });
  sessionIds = await Promise.all(
    [1, 2, 3].map(
      async (number) =>
        (
          await db.session.create({
            data: { cohortId: cohort.id, number, startsAt: new Date(`2026-01-0${number + 4}T18:00:00Z`), durationMinutes: 90 },
          })
        ).id,
    ),
  );
  memberIds = await Promise.all([0, 1, 2].map(async () => (await db.member.create({ data: memberFields() })).id));
});
afterAll(() => handle.close());

async function talliesAgree() {
  const counted = await handle.sql.query<Record<string, number | string>>(`
    SELECT s.id AS "sessionId",
      count(a.id) FILTER (WHERE a.status = 'PRESENT')::int AS present, count(a.id) FILTER (WHERE a.status = 'LATE')::int AS late,
      count(a.id) FILTER (WHERE a.status = 'LEFT_EARLY')::int AS "leftEarly", count(a.id) FILTER (WHERE a.status = 'EXCUSED')::int AS excused,
      count(a.id) FILTER (WHERE a.status = 'ABSENT')::int AS absent
    FROM "Session" s JOIN "AttendanceTally" t ON t."sessionId" = s.id LEFT JOIN "AttendanceRecord" a ON a."sessionId" = s.id
    GROUP BY s.id ORDER BY s.id`);
  const tallies = await handle.prisma.attendanceTally.findMany({ orderBy: { sessionId: "asc" } });
  expect(tallies).toEqual(counted);
  return tallies;
}

describe("attendance tallies", () => {
  it("count the marks of a batch insert per session and status", async () => {
    const [s1, s2] = sessionIds as [string, string];
    const [m1, m2, m3] = memberIds as [string, string, string];
    await handle.prisma.attendanceRecord.createMany({
      data: [
        { sessionId: s1, memberId: m1, status: "PRESENT" },
        { sessionId: s1, memberId: m2, status: "LATE" },
        { sessionId: s1, memberId: m3, status: "ABSENT" },
        { sessionId: s2, memberId: m1, status: "EXCUSED" },
      ],
    });
    const tallies = await talliesAgree();
    expect(tallies.find((t) => t.sessionId === s1)).toMatchObject({ present: 1, late: 1, absent: 1, excused: 0 });
  });

  it("move a count when a status changes, and none when only a note does", async () => {
    const [s1] = sessionIds as [string];
    const [m1, m2] = memberIds as [string, string];
    await handle.prisma.attendanceRecord.updateMany({ where: { sessionId: s1, memberId: m1 }, data: { status: "LEFT_EARLY" } });
    await handle.prisma.attendanceRecord.updateMany({ where: { sessionId: s1, memberId: m2 }, data: { note: "bus was late" } });
    const tallies = await talliesAgree();
    expect(tallies.find((t) => t.sessionId === s1)).toMatchObject({ present: 0, leftEarly: 1, late: 1, absent: 1 });
  });

  it("follow an upsert that inserts some marks and changes others in one statement", async () => {
    const [s1, , s3] = sessionIds as [string, string, string];
    const [m1, , m3] = memberIds as [string, string, string];
    await handle.sql.exec(`
      INSERT INTO "AttendanceRecord" (id, "sessionId", "memberId", status, "updatedAt")
      VALUES (gen_random_uuid(), '${s1}', '${m3}', 'PRESENT', now()), (gen_random_uuid(), '${s3}', '${m1}', 'ABSENT', now())
      ON CONFLICT ("sessionId", "memberId") DO UPDATE SET status = excluded.status`);
    const tallies = await talliesAgree();
    expect(tallies.find((t) => t.sessionId === s1)).toMatchObject({ present: 1, absent: 0 });
    expect(tallies.find((t) => t.sessionId === s3)).toMatchObject({ absent: 1 });
  });

  it("lower the counts when marks are deleted, and go with their session", async () => {
    const [s1, s2] = sessionIds as [string, string];
    await handle.prisma.attendanceRecord.deleteMany({ where: { sessionId: s1, status: "LATE" } });
    await talliesAgree();
    await handle.prisma.session.delete({ where: { id: s2 } });
    const tallies = await talliesAgree();
    expect(tallies.map((t) => t.sessionId)).not.toContain(s2);
  });
});
