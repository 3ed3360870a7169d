import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attendedDaysBothWays } from "./testing/attended-days.ts";
import { createCohortRecord, memberFields } from "./testing/factories.ts";
import { openTestDb, type TestDbHandle } from "./testing/test-db.ts";

// Each member's attended days in a cohort are kept by triggers, whoever changes the marks, the
// sessions or the cohort's time zone: after every kind of write they equal the local dates of the
// held sessions where the member's mark counts as attended, computed from the marks themselves.

let handle: TestDbHandle;
let cohortId: string;
let sessionIds: string[];
let memberIds: string[];
beforeAll(async () => {
  handle = await openTestDb();
  const db = handle.prisma;
  const cohort = await createCohortRecord(db, "Attended days", { startTime: "23:30", timeZone: "Europe/Lisbon" });
  cohortId = cohort.id;
  // 23:30 UTC: the same day in Lisbon, the next day in Tokyo
  sessionIds = await Promise.all(
    [1, 2, 3].map(
      async (number) =>
        (
          await db.session.create({
            data: {
              cohortId,
              number,
              startsAt: new Date(`2026-01-${String(number * 7 - 2).padStart(2, "0")}T23:30:00Z`),
              durationMinutes: 90,
              status: "HELD",
            },
          })
        ).id,
    ),
  );
  memberIds = await Promise.all([0, 1, 2].map(async () => (await db.member.create({ data: memberFields() })).id));
});
afterAll(() => handle.close());

/** Each member's attended days as the triggers keep them, which must equal those from the marks. */
async function daysAgree(): Promise<Record<string, string[]>> {
  const { kept, fromMarks } = await attendedDaysBothWays(handle.prisma);
  expect(kept).toEqual(fromMarks);
  return Object.fromEntries(kept.filter((row) => row.cohortId === cohortId).map((row) => [row.memberId, row.days]));
}

describe("attended days", () => {
  it("hold the held sessions' dates where a member's mark counts as attended", async () => {
    const [s1, s2] = sessionIds as [string, string];
    const [m1, m2, m3] = memberIds as [string, string, string];
    await handle.prisma.attendanceRecord.createMany({
      data: [
        { sessionId: s1, memberId: m1, status: "PRESENT" },
        { sessionId: s1, memberId: m2, status: "LATE" },
        { sessionId: s1, memberId: m3, status: "ABSENT" },
        { sessionId: s2, memberId: m1, status: "LEFT_EARLY" },
        { sessionId: s2, memberId: m2, status: "EXCUSED" },
      ],
    });
    const days = await daysAgree();
    expect(days[m1]).toEqual(["2026-01-05", "2026-01-12"]);
    expect(days[m2]).toEqual(["2026-01-05"]);
    expect(days[m3]).toBeUndefined();
  });

  it("follow a corrected status, and stay when only a note changes", async () => {
    const [s1] = sessionIds as [string];
    const [m1, m2, m3] = memberIds as [string, string, string];
    await handle.prisma.attendanceRecord.updateMany({ where: { sessionId: s1, memberId: m1 }, data: { status: "ABSENT" } });
    await handle.prisma.attendanceRecord.updateMany({ where: { sessionId: s1, memberId: m3 }, data: { status: "PRESENT" } });
    await handle.prisma.attendanceRecord.updateMany({ where: { sessionId: s1, memberId: m2 }, data: { note: "bus was late" } });
    const days = await daysAgree();
    expect(days[m1]).toEqual(["2026-01-12"]);
    expect(days[m3]).toEqual(["2026-01-05"]);
  });

  it("follow an upsert that inserts some marks and changes others in one statement", async () => {
    const [s1, , s3] = sessionIds as [string, string, string];
    const [m1, m2] = memberIds as [string, string];
    await handle.sql.exec(`
      INSERT INTO "AttendanceRecord" (id, "sessionId", "memberId", status, "updatedAt")
      VALUES (gen_random_uuid(), '${s1}', '${m1}', 'PRESENT', now()), (gen_random_uuid(), '${s3}', '${m2}', 'PRESENT', now())
      ON CONFLICT ("sessionId", "memberId") DO UPDATE SET status = excluded.status`);
    const days = await daysAgree();
    expect(days[m1]).toEqual(["2026-01-05", "2026-01-12"]);
    expect(days[m2]).toEqual(["2026-01-05", "2026-01-19"]);
  });

  it("follow a session cancelled, moved to another day, or held again", async () => {
    const [, s2, s3] = sessionIds as [string, string, string];
    const [m1, m2] = memberIds as [string, string];
    await handle.prisma.session.update({ where: { id: s2 }, data: { status: "CANCELLED" } });
    expect((await daysAgree())[m1]).toEqual(["2026-01-05"]);
    await handle.prisma.session.update({ where: { id: s3 }, data: { startsAt: new Date("2026-01-21T10:00:00Z") } });
    expect((await daysAgree())[m2]).toEqual(["2026-01-05", "2026-01-21"]);
    await handle.prisma.session.update({ where: { id: s2 }, data: { status: "HELD" } });
    expect((await daysAgree())[m1]).toEqual(["2026-01-05", "2026-01-12"]);
  });

  it("move with the cohort's time zone", async () => {
    const [m1] = memberIds as [string];
    await handle.prisma.cohort.update({ where: { id: cohortId }, data: { timeZone: "Asia/Tokyo" } });
    expect((await daysAgree())[m1]).toEqual(["2026-01-06", "2026-01-13"]);
  });

  it("go with deleted marks and a deleted session", async () => {
    const [s1, s2] = sessionIds as [string, string];
    const [m1, m2, m3] = memberIds as [string, string, string];
    await handle.prisma.attendanceRecord.deleteMany({ where: { sessionId: s1, memberId: m3 } });
    expect((await daysAgree())[m3]).toBeUndefined();
    await handle.prisma.session.delete({ where: { id: s2 } });
    await handle.prisma.session.delete({ where: { id: s1 } });
    const days = await daysAgree();
    expect(days[m1]).toBeUndefined();
    expect(days[m2]).toEqual(["2026-01-21"]);
  });
});
