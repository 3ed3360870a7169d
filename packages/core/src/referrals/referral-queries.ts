import type { Db, Prisma } from "@circle/db";
import type { ListReferralsInput, Page } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { JOINED, LIST_COUNT_CAP, type PageWindow, pinnedFirstPage, rowsOfPage, totalCountedTo } from "../paging.ts";
import { assertMayReadReferrals, referralNotFound, visibleReferralsWhere } from "./referral-access.ts";
import { dayValue, nextReferralStatuses, referralToday } from "./referral-status.ts";
import { resourceRow } from "./resources.ts";

// A list row never carries the referral's reason or notes: those are only in the detail, and
// every read of the detail is on record.
const referralRow = {
  id: true,
  category: true,
  urgency: true,
  status: true,
  followUpOn: true,
  warmHandoff: true,
  outcome: true,
  createdAt: true,
  closedAt: true,
  resourceName: true,
  member: { select: { id: true, firstName: true, lastName: true, preferredName: true } },
  cohort: { select: { id: true, name: true } },
  resource: { select: { id: true, name: true, kind: true, active: true } },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.ReferralSelect;

export type ReferralRow = Prisma.ReferralGetPayload<{ select: typeof referralRow }> & { overdue: boolean };

const OPEN: Prisma.ReferralWhereInput = { status: { not: "CLOSED" } };
const OPEN_EMERGENCY: Prisma.ReferralWhereInput = { ...OPEN, urgency: "EMERGENCY" };

function overdueWhere(today: string): Prisma.ReferralWhereInput {
  return { ...OPEN, followUpOn: { lt: dayValue(today) } };
}

function isOverdue(row: { status: string; followUpOn: Date | null }, today: string): boolean {
  return row.status !== "CLOSED" && !!row.followUpOn && row.followUpOn.getTime() < dayValue(today).getTime();
}

function withOverdue<Row extends { status: string; followUpOn: Date | null }>(rows: Row[], today: string) {
  return rows.map((row) => ({ ...row, overdue: isOverdue(row, today) }));
}

function listWhere(actor: Actor, input: ListReferralsInput, today: string): Prisma.ReferralWhereInput {
  const words = input.q?.split(/\s+/).filter(Boolean) ?? [];
  return {
    AND: [
      visibleReferralsWhere(actor),
      input.status === "OPEN" ? OPEN : input.status ? { status: input.status } : {},
      input.urgency ? { urgency: input.urgency } : {},
      input.category ? { category: input.category } : {},
      input.overdue ? overdueWhere(today) : {},
      input.facilitatorId ? { createdById: input.facilitatorId } : {},
      input.memberId ? { memberId: input.memberId } : {},
      // Search names (member, resource), never the reason.
      ...words.map((w) => ({
        OR: [
          { member: { firstName: { contains: w, mode: "insensitive" as const } } },
          { member: { lastName: { contains: w, mode: "insensitive" as const } } },
          { member: { preferredName: { contains: w, mode: "insensitive" as const } } },
          { resource: { name: { contains: w, mode: "insensitive" as const } } },
          { resourceName: { contains: w, mode: "insensitive" as const } },
        ],
      })),
    ],
  };
}

/** Every referral the actor may see, open emergencies on top whatever the sort. */
export async function listReferrals(db: Db, actor: Actor, input: ListReferralsInput): Promise<Page<ReferralRow>> {
  assertMayReadReferrals(actor);
  const today = referralToday();
  const where = listWhere(actor, input, today);
  const direction = input.desc ? "desc" : "asc";
  const orderBy: Prisma.ReferralOrderByWithRelationInput[] = [
    input.sort === "followUpOn" ? { followUpOn: { sort: direction, nulls: "last" } } : { [input.sort]: direction },
    { createdAt: "desc" },
    { id: "asc" },
  ];
  const part = (pinned: boolean) => {
    const partWhere = { AND: [where, pinned ? OPEN_EMERGENCY : { NOT: OPEN_EMERGENCY }] };
    return {
      count: (atMost?: number) => db.referral.count({ where: partWhere, take: atMost }),
      rows: async (window: PageWindow) =>
        rowsOfPage(await db.referral.findMany({ where: partWhere, select: { id: true }, orderBy, ...window }), (ids) =>
          db.referral.findMany({ where: { id: { in: ids } }, select: referralRow, ...JOINED }),
        ),
    };
  };
  const { rows, ...total } = await pinnedFirstPage(input, part(true), part(false), LIST_COUNT_CAP);
  return { rows: withOverdue(rows, today), ...total, page: input.page, pageSize: input.pageSize };
}

/** One referral with its reason, notes and timeline. Reading it is on record. */
export async function getReferral(db: Db, actor: Actor, referralId: string) {
  assertMayReadReferrals(actor);
  const referral = await db.referral.findFirst({
    where: { AND: [{ id: referralId }, visibleReferralsWhere(actor)] },
    include: {
      member: { select: { id: true, firstName: true, lastName: true, preferredName: true, pronouns: true } },
      cohort: { select: { id: true, name: true } },
      application: { select: { id: true, program: { select: { name: true } } } },
      resource: { select: resourceRow },
      createdBy: { select: { id: true, name: true } },
      statusChanges: { orderBy: { changedAt: "asc" }, include: { changedBy: { select: { id: true, name: true } } } },
    },
  });
  if (!referral) throw await referralNotFound(db, actor, referralId, "read");
  await recordAudit(db, actor, { action: "referral.read", entityType: "Referral", entityId: referralId });
  return { ...referral, overdue: isOverdue(referral, referralToday()), nextStatuses: nextReferralStatuses(referral.status) };
}

const HOME_LIMIT = 20;
/** How many a home card counts exactly; beyond it the card says "500+". */
const HOME_COUNT_CAP = 500;

/**
 * What the home page must not let anyone miss: open emergencies (the cohort's facilitators and
 * every admin) and overdue follow-ups (the facilitator who logged them and every admin).
 */
export async function referralsForHome(db: Db, actor: Actor) {
  assertMayReadReferrals(actor);
  const today = referralToday();
  const visible = visibleReferralsWhere(actor);
  const mine = actor.role === "FACILITATOR";
  const emergencies: Prisma.ReferralWhereInput = {
    AND: [visible, OPEN_EMERGENCY, mine ? { cohort: { facilitators: { some: { userId: actor.userId } } } } : {}],
  };
  const overdue: Prisma.ReferralWhereInput = {
    AND: [visible, overdueWhere(today), mine ? { createdById: actor.userId } : {}],
  };
  // A card reads the ids of its referrals in order, one past the cap, and counts those: the access
  // filter is the costly part of the statement (PostgreSQL plans its nested lookups anew for
  // every request), so it runs once per card, not once for the rows and again for a count. Then
  // the first few by id (see rowsOfPage): joined before the limit, PostgreSQL would look up the
  // member, cohort and resource of every overdue referral, then keep twenty.
  const card = async (where: Prisma.ReferralWhereInput, orderBy: Prisma.ReferralOrderByWithRelationInput) => {
    const ids = await db.referral.findMany({
      where,
      select: { id: true },
      orderBy: [orderBy, { id: "asc" }],
      take: HOME_COUNT_CAP + 1,
    });
    const rows = await rowsOfPage(ids.slice(0, HOME_LIMIT), (first) =>
      db.referral.findMany({ where: { id: { in: first } }, select: referralRow, ...JOINED }),
    );
    return { rows: withOverdue(rows, today), ...totalCountedTo(HOME_COUNT_CAP, ids.length) };
  };
  const [emergencyCard, overdueCard] = await Promise.all([
    card(emergencies, { createdAt: "asc" }),
    card(overdue, { followUpOn: "asc" }),
  ]);
  return { emergencies: emergencyCard, overdue: overdueCard };
}

/**
 * Counts by category, urgency, status and outcome, for staff and reports: numbers only, no
 * member, reason or note. Facilitators count their cohorts' members' referrals.
 */
export async function referralCounts(db: Db, actor: Actor, range: { from?: string; to?: string }) {
  const where: Prisma.ReferralWhereInput = {
    AND: [
      actor.role === "FACILITATOR" ? visibleReferralsWhere(actor) : {},
      range.from ? { createdAt: { gte: dayValue(range.from) } } : {},
      range.to ? { createdAt: { lt: new Date(dayValue(range.to).getTime() + 86_400_000) } } : {},
    ],
  };
  const [byCategory, byUrgency, byStatus, byOutcome, total] = await Promise.all([
    db.referral.groupBy({ by: ["category"], where, _count: { _all: true }, orderBy: { category: "asc" } }),
    db.referral.groupBy({ by: ["urgency"], where, _count: { _all: true }, orderBy: { urgency: "asc" } }),
    db.referral.groupBy({ by: ["status"], where, _count: { _all: true }, orderBy: { status: "asc" } }),
    db.referral.groupBy({ by: ["outcome"], where, _count: { _all: true }, orderBy: { outcome: "asc" } }),
    db.referral.count({ where }),
  ]);
  return {
    total,
    byCategory: byCategory.map((g) => ({ category: g.category, count: g._count._all })),
    byUrgency: byUrgency.map((g) => ({ urgency: g.urgency, count: g._count._all })),
    byStatus: byStatus.map((g) => ({ status: g.status, count: g._count._all })),
    byOutcome: byOutcome.map((g) => ({ outcome: g.outcome, count: g._count._all })),
  };
}
