import type { Cohort, Db, Prisma, Session } from "@circle/db";
import type { Actor } from "../actor.ts";
import { AppError } from "../errors/app-error.ts";
import { deniedAsNotFound } from "./denied-as-not-found.ts";

/** "read": see the cohort; "run": hold its sessions, take attendance (its facilitators and admins). */
export type CohortAccess = "read" | "run";

// Only this module makes these values, so holding one proves the check ran for this request.
declare const proven: unique symbol;

/** A cohort the actor was proved to reach with `access`: its row, read once by the check. */
export type AuthorizedCohort<A extends CohortAccess = CohortAccess> = Cohort & { readonly access: A; readonly [proven]: true };

/** A session of a cohort the actor was proved to reach with `access`. */
export type AuthorizedSession<A extends CohortAccess = CohortAccess> = Session & {
  readonly cohort: AuthorizedCohort<A>;
  readonly [proven]: true;
};

/**
 * The cohorts an actor may see, as a `where` clause, so a list query can never leak a row:
 * facilitators see the cohorts they facilitate; admins and staff see all.
 */
export function visibleCohortsWhere(actor: Actor): Prisma.CohortWhereInput {
  if (actor.role === "FACILITATOR") return { facilitators: { some: { userId: actor.userId } } };
  return {};
}

/**
 * Proves the actor may reach this cohort and returns it. Access is part of the query, so a
 * cohort of someone else and a cohort that does not exist are the same NOT_FOUND, and the
 * attempt is audited. Staff never run a cohort, whichever it is.
 */
export async function authorizeCohort<A extends CohortAccess>(
  db: Db,
  actor: Actor,
  cohortId: string,
  access: A,
): Promise<AuthorizedCohort<A>> {
  refuseRoleThatCannot(actor, access);
  const cohort = await db.cohort.findFirst({ where: { AND: [{ id: cohortId }, visibleCohortsWhere(actor)] } });
  if (!cohort) throw await deniedAsNotFound(db, actor, "Cohort", cohortId, access);
  return { ...cohort, access } as AuthorizedCohort<A>;
}

/** The same proof for one session, through its cohort. */
export async function authorizeSession<A extends CohortAccess>(
  db: Db,
  actor: Actor,
  sessionId: string,
  access: A,
): Promise<AuthorizedSession<A>> {
  refuseRoleThatCannot(actor, access);
  const session = await db.session.findFirst({
    where: { id: sessionId, cohort: visibleCohortsWhere(actor) },
    include: { cohort: true },
  });
  if (!session) throw await deniedAsNotFound(db, actor, "Session", sessionId, access);
  return { ...session, cohort: { ...session.cohort, access } } as AuthorizedSession<A>;
}

function refuseRoleThatCannot(actor: Actor, access: CohortAccess): void {
  if (access === "run" && actor.role === "STAFF") throw AppError.forbidden("Your role does not allow this");
}
