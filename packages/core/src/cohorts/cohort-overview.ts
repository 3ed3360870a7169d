import type { CohortStatus, Db, Delivery, FacilitatorRole, GroupType } from "@circle/db";

interface OverviewRow {
  program: {
    id: string;
    name: string;
    groupType: GroupType;
    delivery: Delivery;
    requiresLicensedLead: boolean;
    sessionCount: number;
  };
  facilitators: { role: FacilitatorRole; user: { id: string; name: string; email: string } }[];
  statusChanges: {
    id: string;
    fromStatus: CohortStatus | null;
    toStatus: CohortStatus;
    reason: string;
    changedAt: string;
    changedBy: { name: string } | null;
  }[];
  enrolled: number;
  sessions: number;
  heldSessions: number;
}

/**
 * What hangs off one cohort on its overview (program, facilitators, status history, counts), in
 * one statement rather than Prisma's six: each costs the server more of its own work than
 * PostgreSQL spends answering it.
 */
export async function cohortOverview(db: Db, cohortId: string, programId: string) {
  const [row] = await db.$queryRaw<OverviewRow[]>`
    SELECT
      (SELECT json_build_object('id', p."id", 'name', p."name", 'groupType', p."groupType", 'delivery', p."delivery",
                                'requiresLicensedLead', p."requiresLicensedLead", 'sessionCount', p."sessionCount")
         FROM "Program" p WHERE p."id" = ${programId}::uuid) AS "program",
      (SELECT coalesce(json_agg(json_build_object('role', f."role", 'user', json_build_object('id', u."id", 'name', u."name", 'email', u."email"))
                                ORDER BY f."role", u."name"), '[]')
         FROM "CohortFacilitator" f JOIN "User" u ON u."id" = f."userId" WHERE f."cohortId" = ${cohortId}::uuid) AS "facilitators",
      (SELECT coalesce(json_agg(json_build_object(
                'id', c."id", 'fromStatus', c."fromStatus", 'toStatus', c."toStatus", 'reason', c."reason",
                -- stored as UTC without a zone: written out with its Z so that it is read back as UTC
                'changedAt', to_char(c."changedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'changedBy', CASE WHEN u."id" IS NULL THEN NULL ELSE json_build_object('name', u."name") END)
              ORDER BY c."changedAt" DESC, c."id" DESC), '[]')
         FROM "CohortStatusChange" c LEFT JOIN "User" u ON u."id" = c."changedById" WHERE c."cohortId" = ${cohortId}::uuid) AS "statusChanges",
      (SELECT count(*)::int FROM "Enrollment" e WHERE e."cohortId" = ${cohortId}::uuid AND e."status" = 'ENROLLED') AS "enrolled",
      (SELECT count(*)::int FROM "Session" s WHERE s."cohortId" = ${cohortId}::uuid) AS "sessions",
      (SELECT count(*)::int FROM "Session" s WHERE s."cohortId" = ${cohortId}::uuid AND s."status" = 'HELD') AS "heldSessions"`;
  if (!row?.program) throw new Error(`cohort ${cohortId} has no program ${programId}`);
  return {
    ...row,
    program: row.program,
    statusChanges: row.statusChanges.map((change) => ({ ...change, changedAt: new Date(change.changedAt) })),
  };
}
