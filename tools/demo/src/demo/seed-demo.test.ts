import type { DbHandle } from "@circle/db";
import { openTestDb } from "@circle/db/testing";
import { COHORT_STATUSES, GROUP_TYPES, REFERRAL_STATUSES } from "@circle/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSummary, seedDemo } from "./seed-demo.ts";

// The demo goes through the real domain commands, so a rule change that breaks it fails here
// rather than in front of someone evaluating the product.
describe("the demo organisation", () => {
  let handle: DbHandle;
  let summary: DemoSummary;
  beforeAll(async () => {
    handle = await openTestDb();
    summary = await seedDemo(handle.prisma);
  }, 120_000);
  afterAll(() => handle.close());

  it("has programs of every group type and cohorts in every status", async () => {
    const programs = await handle.prisma.program.groupBy({ by: ["groupType"], _count: true });
    expect(programs.map((p) => p.groupType).sort()).toEqual([...GROUP_TYPES].sort());
    const cohorts = await handle.prisma.cohort.groupBy({ by: ["status"], _count: true });
    expect(cohorts.map((c) => c.status).sort()).toEqual([...COHORT_STATUSES].sort());
  });

  it("has about 80 members with intake at every step, consent before every enrollment, and attendance", async () => {
    const db = handle.prisma;
    expect(await db.member.count()).toBeGreaterThanOrEqual(70);
    const statuses = await db.application.groupBy({ by: ["status"], _count: true });
    expect(statuses.length).toBeGreaterThanOrEqual(7);
    expect(await db.application.count({ where: { riskFlagged: true, riskAcknowledgedAt: null } })).toBeGreaterThan(0);
    const enrolled = await db.enrollment.findMany({ select: { memberId: true } });
    const consenting = await db.consentRecord.findMany({ where: { action: "GIVEN" }, select: { memberId: true } });
    const withConsent = new Set(consenting.map((c) => c.memberId));
    expect(enrolled.every((e) => withConsent.has(e.memberId))).toBe(true);
    expect(await db.attendanceRecord.count()).toBeGreaterThan(100);
    expect(await db.waitlistEntry.count({ where: { status: "WAITING" } })).toBeGreaterThan(0);
  });

  it("has open referrals, an emergency among them, and prints working sign-ins for each role", async () => {
    const db = handle.prisma;
    expect(await db.referral.count({ where: { urgency: "EMERGENCY", status: { not: "CLOSED" } } })).toBe(1);
    const statuses = await db.referral.groupBy({ by: ["status"], _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual([...REFERRAL_STATUSES].sort());
    // Logged through the command: each has its audit event and a first step by the one who logged it.
    const referrals = await db.referral.findMany({ include: { statusChanges: { orderBy: { changedAt: "asc" }, take: 1 } } });
    const logged = await db.auditEvent.count({ where: { action: "referral.create" } });
    expect(logged).toBe(referrals.length);
    expect(referrals.every((r) => r.statusChanges[0]?.changedById === r.createdById)).toBe(true);
    expect(await db.resource.count({ where: { active: false } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "resource.create" } })).toBe(await db.resource.count());
    expect(summary.signIns.map((s) => s.role)).toEqual(["Admin", "Facilitator", "Staff"]);
    for (const signIn of summary.signIns) {
      expect(await handle.prisma.user.findUnique({ where: { email: signIn.email } })).toMatchObject({ active: true });
    }
  });

  it("carries the times at which things would have happened, and names that match the schedules", async () => {
    const db = handle.prisma;
    const seeded = Date.now() - 60_000;
    const held = await db.sessionChange.findMany({ where: { kind: "HELD" }, include: { session: true } });
    expect(held.length).toBeGreaterThan(10);
    for (const change of held) {
      expect(change.changedAt.getTime()).toBe(change.session.heldAt?.getTime());
      // held when it ended, not when the demo was built
      expect(change.changedAt.getTime() - change.session.startsAt.getTime()).toBeLessThanOrEqual(4 * 3_600_000);
      expect(change.changedAt.getTime()).toBeGreaterThanOrEqual(change.session.startsAt.getTime());
    }
    const running = await db.cohortStatusChange.findMany({ where: { toStatus: "RUNNING" } });
    expect(running.every((c) => c.changedAt.getTime() < seeded)).toBe(true);
    const members = await db.member.findMany({ select: { createdAt: true } });
    expect(members.filter((m) => m.createdAt.getTime() < Date.now() - 30 * 86_400_000).length).toBeGreaterThan(10);
    expect(await db.member.count({ where: { createdAt: { gt: new Date(seeded) } } })).toBe(0);

    const weekdays = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"];
    const cohorts = await db.cohort.findMany({ select: { name: true, weekday: true } });
    const named = cohorts.filter((c) => weekdays.some((w) => c.name.includes(w)));
    expect(named.length).toBeGreaterThan(0);
    for (const cohort of named) expect(cohort.name).toContain(weekdays[cohort.weekday - 1]);
  });
});
