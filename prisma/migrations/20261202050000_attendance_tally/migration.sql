-- A session's marks counted by status, so the attendance report adds up one row per session
-- (3,300 in a large organisation's year) instead of reading every mark (72,000). Triggers keep
-- the counts in the statement that writes the marks, whoever writes them (the sheet, a
-- correction, a seed), so the figures stay live and never wait for a nightly job.

-- CreateTable
CREATE TABLE "AttendanceTally" (
    "sessionId" UUID NOT NULL,
    "present" INTEGER NOT NULL DEFAULT 0,
    "late" INTEGER NOT NULL DEFAULT 0,
    "leftEarly" INTEGER NOT NULL DEFAULT 0,
    "excused" INTEGER NOT NULL DEFAULT 0,
    "absent" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AttendanceTally_pkey" PRIMARY KEY ("sessionId")
);

-- AddForeignKey
ALTER TABLE "AttendanceTally" ADD CONSTRAINT "AttendanceTally_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Once per statement, over the rows it wrote (transition tables): a sheet of 30 marks, or a
-- seed's 100,000, changes each session's tally once. Tallies are written in session order, so
-- two statements spanning the same sessions never wait for each other crosswise.
CREATE FUNCTION "attendance_tally_add_marks"() RETURNS trigger AS $$
BEGIN
  INSERT INTO "AttendanceTally" AS t ("sessionId", "present", "late", "leftEarly", "excused", "absent")
  SELECT "sessionId",
    count(*) FILTER (WHERE status = 'PRESENT'), count(*) FILTER (WHERE status = 'LATE'),
    count(*) FILTER (WHERE status = 'LEFT_EARLY'), count(*) FILTER (WHERE status = 'EXCUSED'),
    count(*) FILTER (WHERE status = 'ABSENT')
  FROM new_marks GROUP BY "sessionId" ORDER BY "sessionId"
  ON CONFLICT ("sessionId") DO UPDATE SET
    "present" = t."present" + excluded."present", "late" = t."late" + excluded."late",
    "leftEarly" = t."leftEarly" + excluded."leftEarly", "excused" = t."excused" + excluded."excused",
    "absent" = t."absent" + excluded."absent";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- A changed status moves one count to another; a changed note alone changes no tally.
CREATE FUNCTION "attendance_tally_change_marks"() RETURNS trigger AS $$
BEGIN
  INSERT INTO "AttendanceTally" AS t ("sessionId", "present", "late", "leftEarly", "excused", "absent")
  SELECT "sessionId",
    coalesce(sum(n) FILTER (WHERE status = 'PRESENT'), 0), coalesce(sum(n) FILTER (WHERE status = 'LATE'), 0),
    coalesce(sum(n) FILTER (WHERE status = 'LEFT_EARLY'), 0), coalesce(sum(n) FILTER (WHERE status = 'EXCUSED'), 0),
    coalesce(sum(n) FILTER (WHERE status = 'ABSENT'), 0)
  FROM (
    SELECT n."sessionId", n.status, 1 AS n FROM new_marks n JOIN old_marks o ON o.id = n.id
    WHERE (n."sessionId", n.status) IS DISTINCT FROM (o."sessionId", o.status)
    UNION ALL
    SELECT o."sessionId", o.status, -1 FROM old_marks o JOIN new_marks n ON n.id = o.id
    WHERE (n."sessionId", n.status) IS DISTINCT FROM (o."sessionId", o.status)
  ) change
  GROUP BY "sessionId" ORDER BY "sessionId"
  ON CONFLICT ("sessionId") DO UPDATE SET
    "present" = t."present" + excluded."present", "late" = t."late" + excluded."late",
    "leftEarly" = t."leftEarly" + excluded."leftEarly", "excused" = t."excused" + excluded."excused",
    "absent" = t."absent" + excluded."absent";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Only existing tallies are lowered: when a session is deleted its tally goes with it (in either
-- order of the two cascades), and none must be made again for it.
CREATE FUNCTION "attendance_tally_remove_marks"() RETURNS trigger AS $$
BEGIN
  UPDATE "AttendanceTally" t SET
    "present" = t."present" - d."present", "late" = t."late" - d."late", "leftEarly" = t."leftEarly" - d."leftEarly",
    "excused" = t."excused" - d."excused", "absent" = t."absent" - d."absent"
  FROM (
    SELECT "sessionId",
      count(*) FILTER (WHERE status = 'PRESENT') AS "present", count(*) FILTER (WHERE status = 'LATE') AS "late",
      count(*) FILTER (WHERE status = 'LEFT_EARLY') AS "leftEarly", count(*) FILTER (WHERE status = 'EXCUSED') AS "excused",
      count(*) FILTER (WHERE status = 'ABSENT') AS "absent"
    FROM old_marks GROUP BY "sessionId"
  ) d
  WHERE t."sessionId" = d."sessionId";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AttendanceRecord_tally_insert"
  AFTER INSERT ON "AttendanceRecord" REFERENCING NEW TABLE AS new_marks
  FOR EACH STATEMENT EXECUTE FUNCTION "attendance_tally_add_marks"();

CREATE TRIGGER "AttendanceRecord_tally_update"
  AFTER UPDATE ON "AttendanceRecord" REFERENCING OLD TABLE AS old_marks NEW TABLE AS new_marks
  FOR EACH STATEMENT EXECUTE FUNCTION "attendance_tally_change_marks"();

CREATE TRIGGER "AttendanceRecord_tally_delete"
  AFTER DELETE ON "AttendanceRecord" REFERENCING OLD TABLE AS old_marks
  FOR EACH STATEMENT EXECUTE FUNCTION "attendance_tally_remove_marks"();

-- The marks recorded so far.
INSERT INTO "AttendanceTally" ("sessionId", "present", "late", "leftEarly", "excused", "absent")
SELECT "sessionId",
  count(*) FILTER (WHERE status = 'PRESENT'), count(*) FILTER (WHERE status = 'LATE'),
  count(*) FILTER (WHERE status = 'LEFT_EARLY'), count(*) FILTER (WHERE status = 'EXCUSED'),
  count(*) FILTER (WHERE status = 'ABSENT')
FROM "AttendanceRecord" GROUP BY "sessionId";
