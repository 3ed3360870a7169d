import { type Actor, logReferral, moveReferral, type ResourceRow } from "@circle/core";
import type { Db } from "@circle/db";
import {
  type LogReferralInput,
  logReferralInput,
  type MoveReferralInput,
  moveReferralInput,
  type ReferralCategory,
  type ReferralUrgency,
  type ResourceKind,
} from "@circle/validators";

type Step = Omit<MoveReferralInput, "referralId">;

interface ReferralPlan {
  category: ReferralCategory;
  urgency: ReferralUrgency;
  /** the directory's kind of resource, or a one-off resource outside it */
  resource: ResourceKind | { name: string; contact: string };
  reason: string;
  warmHandoff?: boolean;
  /** days from today to the first follow-up; in the past for one that is overdue */
  followUpInDays?: number;
  /** the steps after "suggested", in order */
  steps: Step[];
}

const made: Step = { to: "MADE", note: "Called the resource with the member; referral sent", informationSharing: true };
const connected: Step = { to: "CONNECTED", note: "Member has had a first appointment" };

// Every status of the loop, and exactly one open emergency.
const PLANS: ReferralPlan[] = [
  {
    category: "CRISIS_SERVICES",
    urgency: "EMERGENCY",
    resource: "CRISIS_LINE",
    reason: "Disclosed a plan after group",
    warmHandoff: true,
    steps: [{ ...made, note: "Stayed with the member while they called the crisis team" }],
  },
  {
    category: "INDIVIDUAL_THERAPY",
    urgency: "URGENT",
    resource: "INDIVIDUAL_THERAPY",
    reason: "Wants weekly individual sessions alongside group",
    steps: [made, connected],
  },
  {
    category: "HOUSING",
    urgency: "URGENT",
    resource: "HOUSING",
    reason: "Eviction notice received; needs advice this week",
    followUpInDays: -3,
    steps: [made],
  },
  {
    category: "SUBSTANCE_USE_TREATMENT",
    urgency: "ROUTINE",
    resource: "SUBSTANCE_USE_TREATMENT",
    reason: "Asked about outpatient options",
    steps: [made, { to: "COULD_NOT_REACH", note: "No answer at the intake line twice this week" }],
  },
  {
    category: "MEDICAL",
    urgency: "ROUTINE",
    resource: "MEDICAL",
    reason: "Sleep problems; no primary care doctor",
    steps: [made, connected, { to: "CLOSED", note: "Registered with the practice", outcome: "SUCCESSFUL" }],
  },
  {
    category: "LEGAL",
    urgency: "ROUTINE",
    resource: "LEGAL",
    reason: "Custody questions",
    steps: [{ to: "DECLINED_BY_MEMBER", note: "Prefers to wait until the hearing date is known" }],
  },
  {
    category: "PSYCHIATRY",
    urgency: "URGENT",
    resource: "PSYCHIATRY",
    reason: "Medication review suggested by the facilitator",
    followUpInDays: -1,
    steps: [],
  },
  {
    category: "PSYCHIATRY",
    urgency: "ROUTINE",
    resource: "PSYCHIATRY",
    reason: "Second opinion on a diagnosis",
    steps: [made, { to: "RESOURCE_DECLINED", note: "The practice is not taking new patients until spring" }],
  },
  {
    category: "CRISIS_SERVICES",
    urgency: "EMERGENCY",
    resource: "CRISIS_LINE",
    reason: "Panic after a phone call from a family member",
    warmHandoff: true,
    steps: [
      { ...made, note: "Called the crisis line together" },
      connected,
      { to: "CLOSED", note: "Safe and settled; seen by the crisis team", outcome: "SUCCESSFUL" },
    ],
  },
  {
    category: "FINANCIAL",
    urgency: "ROUTINE",
    resource: { name: "St. Anne's food bank", contact: "(555) 010-4321, Tue and Fri mornings" },
    reason: "Money is short since the job loss",
    steps: [
      { to: "DECLINED_BY_MEMBER", note: "Would rather not go" },
      {
        to: "CLOSED",
        note: "Member refused; offered again if things change",
        outcome: "UNSUCCESSFUL",
        closeReason: "MEMBER_REFUSED",
      },
    ],
  },
  {
    category: "OTHER",
    urgency: "ROUTINE",
    resource: "OTHER",
    reason: "Respite care so they can attend sessions",
    steps: [made, connected],
  },
];

const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function logInput(plan: ReferralPlan, memberId: string, resources: ResourceRow[]): LogReferralInput {
  const shared = plan.steps.some((step) => step.to === "MADE");
  const resource =
    typeof plan.resource === "string"
      ? { resourceId: resources.find((r) => r.kind === plan.resource)?.id ?? null }
      : { resourceName: plan.resource.name, resourceContact: plan.resource.contact };
  return logReferralInput.parse({
    memberId,
    category: plan.category,
    urgency: plan.urgency,
    reason: plan.reason,
    ...resource,
    sharesInformation: shared,
    warmHandoff: plan.warmHandoff ?? false,
    ...(plan.followUpInDays !== undefined ? { followUpOn: isoDay(plan.followUpInDays) } : {}),
  });
}

/**
 * Referrals for members in running cohorts, logged by each cohort's lead and followed step by
 * step through the referral commands; then their dates are spread over the past weeks.
 */
export async function seedDemoReferrals(
  db: Db,
  resources: ResourceRow[],
  cohorts: { id: string; memberIds: string[]; leadId: string }[],
) {
  let count = 0;
  for (const [index, plan] of PLANS.entries()) {
    const cohort = cohorts[index % cohorts.length];
    const memberId = cohort?.memberIds[index % cohort.memberIds.length];
    if (!cohort || !memberId) continue;
    const lead: Actor = { userId: cohort.leadId, role: "FACILITATOR" };
    const referral = await logReferral(db, lead, logInput(plan, memberId, resources));
    for (const step of plan.steps) {
      await moveReferral(db, lead, moveReferralInput.parse({ ...step, referralId: referral.id }));
    }
    await backdateReferral(db, referral.id, 2 + ((index * 5) % 18));
    count += 1;
  }
  return count;
}

/** Spreads a referral's history evenly over the days since it was logged. */
async function backdateReferral(db: Db, referralId: string, daysAgo: number) {
  const started = new Date(Date.now() - daysAgo * 86_400_000);
  await db.referral.update({ where: { id: referralId }, data: { createdAt: started } });
  const changes = await db.referralStatusChange.findMany({ where: { referralId }, orderBy: { changedAt: "asc" } });
  let last = started;
  for (const [step, change] of changes.entries()) {
    last = new Date(started.getTime() + (step * daysAgo * 86_400_000) / Math.max(changes.length, 1));
    await db.referralStatusChange.update({ where: { id: change.id }, data: { changedAt: last } });
  }
  await db.referral.updateMany({ where: { id: referralId, closedAt: { not: null } }, data: { closedAt: last } });
}
