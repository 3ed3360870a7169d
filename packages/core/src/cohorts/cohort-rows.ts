import type { CohortStatus, Db, FacilitatorRole, GroupType } from "@circle/db";
import { rowsOfPage } from "../paging.ts";

/** One line of the cohorts list: the cohort, its program and facilitators, and two counts. */
export interface CohortRow {
  id: string;
  name: string;
  status: CohortStatus;
  startDate: Date;
  weekday: number;
  startTime: string;
  timeZone: string;
  location: string | null;
  capacity: number;
  minimumEnrollment: number;
  program: { id: string; name: string; groupType: GroupType };
  facilitators: { role: FacilitatorRole; user: { id: string; name: string } }[];
  _count: { enrollments: number; sessions: number };
}

/**
 * The list's lines for a page of cohorts already chosen (and access-checked), in one statement
 * with their counts (Prisma's `_count` would aggregate the whole child tables): see rowsOfPage.
 */
export function cohortRows(db: Db, page: { id: string }[]): Promise<CohortRow[]> {
  return rowsOfPage(
    page,
    (ids) => db.$queryRaw<CohortRow[]>`
    SELECT c."id", c."name", c."status"::text AS "status", c."startDate", c."weekday", c."startTime", c."timeZone",
           c."location", c."capacity", c."minimumEnrollment",
           json_build_object('id', p."id", 'name', p."name", 'groupType', p."groupType") AS "program",
           (SELECT coalesce(json_agg(json_build_object('role', f."role", 'user', json_build_object('id', u."id", 'name', u."name"))
                                     ORDER BY f."role", u."name"), '[]')
              FROM "CohortFacilitator" f JOIN "User" u ON u."id" = f."userId"
             WHERE f."cohortId" = c."id") AS "facilitators",
           json_build_object(
             'enrollments', (SELECT count(*) FROM "Enrollment" e WHERE e."cohortId" = c."id" AND e."status" = 'ENROLLED'),
             'sessions', (SELECT count(*) FROM "Session" s WHERE s."cohortId" = c."id")
           ) AS "_count"
      FROM "Cohort" c JOIN "Program" p ON p."id" = c."programId"
     WHERE c."id" = ANY(${ids}::uuid[])`,
  );
}
