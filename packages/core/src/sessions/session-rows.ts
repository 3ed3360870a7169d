import type { Db, FacilitatorRole, SessionStatus } from "@circle/db";
import { rowsOfPage } from "../paging.ts";

/** A session as the week view and the home list show it, with its cohort, program and team. */
export interface SessionWithCohort {
  id: string;
  number: number;
  startsAt: Date;
  durationMinutes: number;
  status: SessionStatus;
  heldAt: Date | null;
  cancelReason: string | null;
  isMakeUp: boolean;
  module: { id: string; title: string; position: number } | null;
  cohort: {
    id: string;
    name: string;
    timeZone: string;
    location: string | null;
    meetingUrl: string | null;
    program: { id: string; name: string };
    facilitators: { role: FacilitatorRole; user: { id: string; name: string } }[];
  };
}

/**
 * Sessions already chosen (and access-checked) by id, in that order, in one statement. A busy
 * week holds a few hundred: Prisma's joined loading turned each into nested JSON it then parsed
 * and converted again, most of the request's time.
 */
export function sessionsWithCohort(db: Db, chosen: { id: string }[]): Promise<SessionWithCohort[]> {
  return rowsOfPage(
    chosen,
    (ids) => db.$queryRaw<SessionWithCohort[]>`
      SELECT s."id", s."number", s."startsAt", s."durationMinutes", s."status"::text AS "status", s."heldAt",
             s."cancelReason", s."isMakeUp",
             CASE WHEN m."id" IS NULL THEN NULL
                  ELSE json_build_object('id', m."id", 'title', m."title", 'position', m."position") END AS "module",
             json_build_object(
               'id', c."id", 'name', c."name", 'timeZone', c."timeZone", 'location', c."location", 'meetingUrl', c."meetingUrl",
               'program', json_build_object('id', p."id", 'name', p."name"),
               'facilitators', (SELECT coalesce(json_agg(json_build_object('role', f."role", 'user', json_build_object('id', u."id", 'name', u."name"))
                                                ORDER BY f."role", u."name"), '[]')
                                  FROM "CohortFacilitator" f JOIN "User" u ON u."id" = f."userId" WHERE f."cohortId" = c."id")
             ) AS "cohort"
        FROM "Session" s
        JOIN "Cohort" c ON c."id" = s."cohortId"
        JOIN "Program" p ON p."id" = c."programId"
        LEFT JOIN "ProgramModule" m ON m."id" = s."moduleId"
       WHERE s."id" = ANY(${ids}::uuid[])`,
  );
}
