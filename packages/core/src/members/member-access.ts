import type { Prisma } from "@circle/db";
import type { Actor } from "../actor.ts";
import { AppError } from "../errors/app-error.ts";

/**
 * The members an actor may see, as a `where` clause: admins all; facilitators the members of
 * the cohorts they facilitate (enrolled, or applying to that cohort); staff none — they work
 * from aggregate reports.
 */
export function visibleMembersWhere(actor: Actor): Prisma.MemberWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "FACILITATOR") {
    const mine = { facilitators: { some: { userId: actor.userId } } };
    return { OR: [{ enrollments: { some: { cohort: mine } } }, { applications: { some: { cohort: mine } } }] };
  }
  return { id: { in: [] } };
}

/**
 * The applications an actor may see (with their screening answers and risk flag): admins all;
 * facilitators those for a cohort they facilitate, or that someone was enrolled in their cohort
 * from, never what the same person told another program; staff none.
 */
export function visibleApplicationsWhere(actor: Actor): Prisma.ApplicationWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "FACILITATOR") {
    const mine = { facilitators: { some: { userId: actor.userId } } };
    return { OR: [{ cohort: mine }, { enrollments: { some: { cohort: mine } } }] };
  }
  return { id: { in: [] } };
}

export function assertMayReadMembers(actor: Actor): void {
  if (actor.role === "STAFF") throw AppError.forbidden("Reporting staff see aggregate reports, not member records");
}
