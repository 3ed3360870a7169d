import { Prisma } from "@circle/db";
import type { ReportFilters } from "@circle/validators";
import type { Actor } from "../actor.ts";

/**
 * The cohorts a report may count, as SQL over `c` ("Cohort") and `p` (its "Program"). The actor's
 * reach is part of the same clause, so a filter can only narrow it: a facilitator who filters on
 * another facilitator's cohort gets an empty report, never that cohort.
 */
export function cohortScopeSql(actor: Actor, filters: ReportFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (actor.role === "FACILITATOR") parts.push(facilitatesSql(actor.userId));
  if (filters.facilitatorId) parts.push(facilitatesSql(filters.facilitatorId));
  if (filters.programId) parts.push(Prisma.sql`p.id = ${filters.programId}::uuid`);
  if (filters.cohortId) parts.push(Prisma.sql`c.id = ${filters.cohortId}::uuid`);
  if (filters.groupType) parts.push(Prisma.sql`p."groupType" = ${filters.groupType}::"GroupType"`);
  if (filters.delivery) parts.push(Prisma.sql`p.delivery = ${filters.delivery}::"Delivery"`);
  return Prisma.join(parts, " AND ");
}

function facilitatesSql(userId: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "CohortFacilitator" cf WHERE cf."cohortId" = c.id AND cf."userId" = ${userId}::uuid)`;
}

/**
 * A session `s` of cohort `c` falls in the range by its date in the cohort's own time zone (an
 * evening session in Los Angeles on the 31st belongs to the 31st). Times are stored as UTC
 * wall-clock; the first, coarser condition lets the index on "startsAt" do the work.
 */
export function sessionInRangeSql(filters: ReportFilters): Prisma.Sql {
  return Prisma.sql`s."startsAt" >= ${filters.from}::date - interval '1 day'
    AND s."startsAt" < ${filters.to}::date + interval '2 days'
    AND ${localDateSql(Prisma.sql`s."startsAt"`)} BETWEEN ${filters.from}::date AND ${filters.to}::date`;
}

/** A stored UTC timestamp as a date in cohort `c`'s time zone. */
export function localDateSql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE c."timeZone")::date`;
}
