import type { Db, Prisma } from "@circle/db";
import type { Actor } from "../actor.ts";
import { AppError } from "../errors/app-error.ts";

export type CohortAccess = "read" | "run";

/**
 * The cohorts an actor may see, as a `where` clause, so a list query can never leak a row:
 * facilitators see the cohorts they facilitate; admins and staff see all.
 */
export function visibleCohortsWhere(actor: Actor): Prisma.CohortWhereInput {
  if (actor.role === "FACILITATOR") return { facilitators: { some: { userId: actor.userId } } };
  return {};
}

/**
 * Refuses unless the actor may reach this cohort: "read" (see it) or "run" (mark attendance,
 * hold sessions: its facilitators and admins). Unknown cohorts are NOT_FOUND for everyone.
 */
export async function assertCohortAccess(db: Db, actor: Actor, cohortId: string, access: CohortAccess): Promise<void> {
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: { facilitators: { where: { userId: actor.userId }, select: { userId: true } } },
  });
  if (!cohort) throw AppError.notFound("Cohort");
  if (actor.role === "ADMIN") return;
  if (actor.role === "STAFF" && access === "read") return;
  if (actor.role === "FACILITATOR" && cohort.facilitators.length > 0) return;
  throw AppError.forbidden("You do not facilitate this cohort");
}
