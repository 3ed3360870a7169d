import type { Cohort, Db, Prisma } from "@circle/db";
import type { ListCohortsInput, Page } from "@circle/validators";
import { type AuthorizedCohort, type CohortAccess, visibleCohortsWhere } from "../access/cohort-access.ts";
import type { Actor } from "../actor.ts";
import { pageWindow } from "../paging.ts";
import { cohortOverview } from "./cohort-overview.ts";
import { type CohortRow, cohortRows } from "./cohort-rows.ts";
import { allowedNextStatuses } from "./cohort-status.ts";

export type { CohortRow };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The cohorts list, with access control in the query itself. */
export async function listCohorts(db: Db, actor: Actor, input: ListCohortsInput): Promise<Page<CohortRow>> {
  const where: Prisma.CohortWhereInput = {
    AND: [
      visibleCohortsWhere(actor),
      input.status ? { status: input.status } : {},
      input.programId ? { programId: input.programId } : {},
      input.facilitatorId ? { facilitators: { some: { userId: input.facilitatorId } } } : {},
      input.startFrom || input.startTo
        ? {
            startDate: {
              ...(input.startFrom ? { gte: day(input.startFrom) } : {}),
              ...(input.startTo ? { lte: day(input.startTo) } : {}),
            },
          }
        : {},
      input.q
        ? {
            OR: [
              { name: { contains: input.q, mode: "insensitive" } },
              { program: { name: { contains: input.q, mode: "insensitive" } } },
            ],
          }
        : {},
    ],
  };
  // The page's ids first (the filters and access rule), then its 25 lines in one statement.
  const [page, total] = await Promise.all([
    db.cohort.findMany({
      where,
      select: { id: true },
      orderBy: [{ [input.sort]: input.desc ? "desc" : "asc" }, { id: "asc" }],
      ...pageWindow(input),
    }),
    db.cohort.count({ where }),
  ]);
  const rows = await cohortRows(db, page);
  return { rows, total, page: input.page, pageSize: input.pageSize };
}

/**
 * One cohort's overview: facilitators, sessions, enrollment counts, status history. The cohort's
 * own row came with the access proof; only what hangs off it is read here.
 */
export async function getCohort(db: Db, cohort: AuthorizedCohort) {
  const cohortId = cohort.id;
  const { program, facilitators, statusChanges, enrolled, sessions, heldSessions } = await cohortOverview(
    db,
    cohortId,
    cohort.programId,
  );
  // The plain row, without the proof's type brand (which is no part of the answer).
  const { access: _access, ...row }: Cohort & { access: CohortAccess } = cohort;
  return {
    ...row,
    program,
    facilitators,
    statusChanges,
    _count: { enrollments: enrolled, sessions },
    heldSessions,
    enrollmentLocked: heldSessions >= cohort.joinUntilSession,
    nextStatuses: allowedNextStatuses(cohort.status),
  };
}
