import type { Actor } from "@circle/core";
import type { Db, ReferralCategory, ReferralStatus, ReferralUrgency, Resource } from "@circle/db";
import { faker } from "@faker-js/faker";

interface ReferralPlan {
  category: ReferralCategory;
  urgency: ReferralUrgency;
  path: ReferralStatus[];
  note: string;
}

const PLANS: ReferralPlan[] = [
  {
    category: "CRISIS_SERVICES",
    urgency: "EMERGENCY",
    path: ["SUGGESTED", "MADE"],
    note: "Disclosed a plan after group; stayed with member while they called the crisis team.",
  },
  {
    category: "INDIVIDUAL_THERAPY",
    urgency: "URGENT",
    path: ["SUGGESTED", "MADE", "CONNECTED"],
    note: "Wants weekly individual sessions alongside group.",
  },
  {
    category: "HOUSING",
    urgency: "URGENT",
    path: ["SUGGESTED", "MADE"],
    note: "Eviction notice received; needs advice this week.",
  },
  {
    category: "SUBSTANCE_USE_TREATMENT",
    urgency: "ROUTINE",
    path: ["SUGGESTED", "MADE", "COULD_NOT_REACH"],
    note: "Asked about outpatient options.",
  },
  {
    category: "MEDICAL",
    urgency: "ROUTINE",
    path: ["SUGGESTED", "MADE", "CONNECTED", "CLOSED"],
    note: "Sleep problems; no primary care doctor.",
  },
  {
    category: "LEGAL",
    urgency: "ROUTINE",
    path: ["SUGGESTED", "DECLINED_BY_MEMBER"],
    note: "Custody questions; prefers to wait.",
  },
  { category: "PSYCHIATRY", urgency: "URGENT", path: ["SUGGESTED"], note: "Medication review suggested by facilitator." },
  {
    category: "OTHER",
    urgency: "ROUTINE",
    path: ["SUGGESTED", "MADE", "CONNECTED"],
    note: "Respite care so they can attend sessions.",
  },
];

/** Referrals for members in running cohorts, each with its status history. */
export async function seedDemoReferrals(
  db: Db,
  resources: Resource[],
  cohorts: { id: string; memberIds: string[]; leadId: string }[],
) {
  let made = 0;
  for (const [index, plan] of PLANS.entries()) {
    const cohort = cohorts[index % cohorts.length];
    const memberId = cohort?.memberIds[index % cohort.memberIds.length];
    if (!cohort || !memberId) continue;
    const actor: Actor = { userId: cohort.leadId, role: "FACILITATOR" };
    const resource = resources.find((r) => r.kind === plan.category) ?? null;
    const status = plan.path.at(-1) ?? "SUGGESTED";
    const started = faker.date.recent({ days: 20 });
    await db.referral.create({
      data: {
        memberId,
        cohortId: cohort.id,
        resourceId: resource?.id ?? null,
        category: plan.category,
        urgency: plan.urgency,
        status,
        informationSharing: plan.urgency !== "ROUTINE",
        note: plan.note,
        followUpOn: status === "CLOSED" || status === "DECLINED_BY_MEMBER" ? null : faker.date.soon({ days: 7 }),
        closedAt: status === "CLOSED" ? new Date() : null,
        createdById: actor.userId,
        createdAt: started,
        statusChanges: {
          create: plan.path.map((to, step) => ({
            fromStatus: step === 0 ? null : plan.path[step - 1],
            toStatus: to,
            note: step === 0 ? plan.note : `Moved to ${to.toLowerCase().replaceAll("_", " ")}`,
            changedById: actor.userId,
            changedAt: new Date(started.getTime() + step * 86_400_000),
          })),
        },
      },
    });
    made += 1;
  }
  return made;
}
