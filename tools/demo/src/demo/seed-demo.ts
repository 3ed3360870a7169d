import { type Actor, writeSettings } from "@circle/core";
import type { Db } from "@circle/db";
import { seedDemoCatalogue } from "./catalogue.ts";
import { seedDemoCohorts } from "./cohorts.ts";
import { seedDemoIntakeQueue } from "./intake-queue.ts";
import { seedDemoPeople } from "./people.ts";
import { seedDemoReferrals } from "./referrals.ts";
import { seedDemoResources } from "./resources.ts";

export interface DemoSummary {
  counts: string;
  signIns: { role: string; email: string; password: string }[];
}

/**
 * A realistic organisation, built through the same domain commands the dashboard uses (so the
 * demo obeys every rule: licences, consent before enrollment, the enrollment lock).
 */
export async function seedDemo(db: Db): Promise<DemoSummary> {
  const people = await seedDemoPeople(db);
  const admin: Actor = { userId: people.admin.id, role: "ADMIN" };
  // The name attendance letters carry in their heading, and the zone its cohorts meet in.
  await writeSettings(db, admin, { organisationName: "Riverside Community Counselling", timeZone: "America/New_York" });
  const resources = await seedDemoResources(db, admin);
  const { programs } = await seedDemoCatalogue(db, admin);
  const cohorts = await seedDemoCohorts(db, admin, programs, people);
  const psychiatry = resources.find((r) => r.kind === "PSYCHIATRY");
  const queued = await seedDemoIntakeQueue(
    db,
    admin,
    programs,
    cohorts,
    people.therapists[0]?.id ?? admin.userId,
    psychiatry?.id ?? "",
  );
  const running = cohorts
    .filter((c) => c.plan.finalStatus === "RUNNING")
    .map((c) => ({ id: c.id, memberIds: c.memberIds, leadId: c.plan.leadId }));
  const referrals = await seedDemoReferrals(db, resources, running);

  const counts = [
    `${await db.user.count()} staff accounts`,
    `${programs.length} programs`,
    `${cohorts.length} cohorts`,
    `${await db.member.count()} members`,
    `${await db.application.count()} applications (${queued} in intake)`,
    `${await db.attendanceRecord.count()} attendance marks`,
    `${referrals} referrals`,
  ].join(", ");
  return { counts, signIns: people.signIns };
}
