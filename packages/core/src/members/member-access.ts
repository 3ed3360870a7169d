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

/** Cohorts still ahead or under way: their facilitators take part in the program's open intake. */
const LIVE_COHORT_STATUSES = ["PLANNED", "OPEN_FOR_INTAKE", "RUNNING"] as const;

/**
 * The applications an actor takes part in deciding (the intake queue): admins all; facilitators
 * those for a cohort they facilitate and, where the program says so, the program's applications
 * not yet placed in a cohort when they facilitate one of its live cohorts; staff none.
 */
export function intakeApplicationsWhere(actor: Actor): Prisma.ApplicationWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "FACILITATOR") {
    const mine = { facilitators: { some: { userId: actor.userId } } };
    return {
      OR: [
        { cohort: mine },
        {
          cohortId: null,
          program: { facilitatorsSeeUnplaced: true, cohorts: { some: { ...mine, status: { in: [...LIVE_COHORT_STATUSES] } } } },
        },
      ],
    };
  }
  return { id: { in: [] } };
}

/**
 * The applications an actor may see (with their screening answers and risk flag): those they take
 * part in deciding, and for facilitators also those someone was enrolled in their cohort from;
 * never what the same person told another program; staff none.
 */
export function visibleApplicationsWhere(actor: Actor): Prisma.ApplicationWhereInput {
  if (actor.role !== "FACILITATOR") return intakeApplicationsWhere(actor);
  const mine = { facilitators: { some: { userId: actor.userId } } };
  return { OR: [intakeApplicationsWhere(actor), { enrollments: { some: { cohort: mine } } }] };
}

export function assertMayReadMembers(actor: Actor): void {
  if (actor.role === "STAFF") throw AppError.forbidden("Reporting staff see aggregate reports, not member records");
}
