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

export function assertMayReadMembers(actor: Actor): void {
  if (actor.role === "STAFF") throw AppError.forbidden("Reporting staff see aggregate reports, not member records");
}
