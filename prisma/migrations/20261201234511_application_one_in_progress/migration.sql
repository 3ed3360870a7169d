-- One application in progress per person and program: two coordinators recording the same
-- person's application at once can no longer both succeed (the second gets a 409).
-- A partial index (Prisma's "partialIndexes" preview), written by hand: prisma-sql's Prisma
-- 6.19 does not know the `where:` argument.

-- Duplicates recorded before this index: the newest stays in progress, the older ones are
-- withdrawn, with a history row saying why.
WITH duplicate AS (
  SELECT a."id", a."status"
    FROM "Application" AS a
   WHERE a."status" IN ('SUBMITTED', 'SCREENING', 'INTERVIEW_SCHEDULED', 'WAITLISTED')
     AND EXISTS (
       SELECT 1 FROM "Application" AS b
        WHERE b."memberId" = a."memberId" AND b."programId" = a."programId" AND b."id" <> a."id"
          AND b."status" IN ('SUBMITTED', 'SCREENING', 'INTERVIEW_SCHEDULED', 'WAITLISTED')
          AND (b."submittedAt", b."id") > (a."submittedAt", a."id"))
), withdrawn AS (
  UPDATE "Application" AS a SET "status" = 'WITHDRAWN', "decidedAt" = CURRENT_TIMESTAMP
    FROM duplicate WHERE a."id" = duplicate."id"
)
INSERT INTO "ApplicationStatusChange" ("id", "applicationId", "fromStatus", "toStatus", "reason", "changedAt")
SELECT gen_random_uuid(), "id", "status", 'WITHDRAWN', 'A second application in progress to the same program (recorded twice at once)', CURRENT_TIMESTAMP
  FROM duplicate;

-- CreateIndex
CREATE UNIQUE INDEX "Application_memberId_programId_key" ON "Application"("memberId", "programId") WHERE "status" IN ('SUBMITTED', 'SCREENING', 'INTERVIEW_SCHEDULED', 'WAITLISTED');
