-- Each member's attended days in each cohort: the dates (in the cohort's time zone) of the held
-- sessions where their mark counts as attended (present, late, left early). The attendance
-- report counts the members who attended in a range with one range test per enrollment (about
-- 5,000 for a large organisation's year) instead of reading every attended mark (46,000).
-- Triggers keep the days in the statement that changes the marks, a session or a cohort's time
-- zone, so the report stays live.

-- CreateTable
CREATE TABLE "AttendedDays" (
    "cohortId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "days" datemultirange NOT NULL,

    CONSTRAINT "AttendedDays_pkey" PRIMARY KEY ("cohortId","memberId")
);

-- The days of these members, computed again from their marks: a member has a few enrollments and
-- a few dozen marks, so this is cheap for a sheet of 30 and linear for a seed of 100,000.
CREATE FUNCTION "attended_days_refresh"(members uuid[]) RETURNS void AS $$
BEGIN
  -- a row for each cohort the members have marks in, so that there is a row to lock
  INSERT INTO "AttendedDays" ("cohortId", "memberId", "days")
  SELECT DISTINCT s."cohortId", a."memberId", '{}'::datemultirange
  FROM "AttendanceRecord" a JOIN "Session" s ON s.id = a."sessionId"
  WHERE a."memberId" = ANY (members)
  ORDER BY 1, 2
  ON CONFLICT DO NOTHING;
  -- One refresh of a member at a time, rows locked in key order: another transaction's refresh of
  -- the same member (their sheet in another session, saved at the same moment) waits here until it
  -- commits, and the next statement, with a snapshot of its own, then counts its marks too.
  PERFORM 1 FROM "AttendedDays" WHERE "memberId" = ANY (members) ORDER BY "cohortId", "memberId" FOR UPDATE;
  UPDATE "AttendedDays" d SET "days" = coalesce(f.days, '{}'::datemultirange)
  FROM "AttendedDays" k
  LEFT JOIN (
    SELECT s."cohortId", a."memberId",
      range_agg(daterange(
        ((s."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE c."timeZone")::date,
        ((s."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE c."timeZone")::date, '[]')) AS days
    FROM "AttendanceRecord" a JOIN "Session" s ON s.id = a."sessionId" JOIN "Cohort" c ON c.id = s."cohortId"
    WHERE a."memberId" = ANY (members) AND s.status = 'HELD' AND a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY')
    GROUP BY 1, 2
  ) f ON f."cohortId" = k."cohortId" AND f."memberId" = k."memberId"
  WHERE k."memberId" = ANY (members) AND d."cohortId" = k."cohortId" AND d."memberId" = k."memberId"
    AND d."days" IS DISTINCT FROM coalesce(f.days, '{}'::datemultirange);
END;
$$ LANGUAGE plpgsql;

-- Marks written or removed: their members. A changed note alone changes no day.
CREATE FUNCTION "attended_days_after_marks"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "attended_days_refresh"(array(SELECT DISTINCT "memberId" FROM new_marks));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "attended_days_refresh"(array(SELECT DISTINCT "memberId" FROM old_marks));
  ELSE
    PERFORM "attended_days_refresh"(array(
      SELECT DISTINCT member FROM new_marks n JOIN old_marks o ON o.id = n.id,
        unnest(ARRAY[n."memberId", o."memberId"]) member
      WHERE (n."sessionId", n."memberId", n.status) IS DISTINCT FROM (o."sessionId", o."memberId", o.status)));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- A session held, cancelled or moved to another day: the members marked in it. (A deleted
-- session's marks go by cascade, which fires the marks' own trigger.)
CREATE FUNCTION "attended_days_after_sessions"() RETURNS trigger AS $$
BEGIN
  PERFORM "attended_days_refresh"(array(
    SELECT DISTINCT a."memberId" FROM new_sessions n JOIN old_sessions o ON o.id = n.id
    JOIN "AttendanceRecord" a ON a."sessionId" = n.id
    WHERE (n.status, n."startsAt", n."cohortId") IS DISTINCT FROM (o.status, o."startsAt", o."cohortId")));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- A cohort moved to another time zone: its sessions' local dates change.
CREATE FUNCTION "attended_days_after_cohorts"() RETURNS trigger AS $$
BEGIN
  PERFORM "attended_days_refresh"(array(
    SELECT DISTINCT a."memberId" FROM new_cohorts n JOIN old_cohorts o ON o.id = n.id
    JOIN "Session" s ON s."cohortId" = n.id JOIN "AttendanceRecord" a ON a."sessionId" = s.id
    WHERE n."timeZone" IS DISTINCT FROM o."timeZone"));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AttendanceRecord_days_insert"
  AFTER INSERT ON "AttendanceRecord" REFERENCING NEW TABLE AS new_marks
  FOR EACH STATEMENT EXECUTE FUNCTION "attended_days_after_marks"();

CREATE TRIGGER "AttendanceRecord_days_update"
  AFTER UPDATE ON "AttendanceRecord" REFERENCING OLD TABLE AS old_marks NEW TABLE AS new_marks
  FOR EACH STATEMENT EXECUTE FUNCTION "attended_days_after_marks"();

CREATE TRIGGER "AttendanceRecord_days_delete"
  AFTER DELETE ON "AttendanceRecord" REFERENCING OLD TABLE AS old_marks
  FOR EACH STATEMENT EXECUTE FUNCTION "attended_days_after_marks"();

CREATE TRIGGER "Session_days_update"
  AFTER UPDATE ON "Session" REFERENCING OLD TABLE AS old_sessions NEW TABLE AS new_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION "attended_days_after_sessions"();

CREATE TRIGGER "Cohort_days_update"
  AFTER UPDATE ON "Cohort" REFERENCING OLD TABLE AS old_cohorts NEW TABLE AS new_cohorts
  FOR EACH STATEMENT EXECUTE FUNCTION "attended_days_after_cohorts"();

-- The days attended so far.
SELECT "attended_days_refresh"(array(SELECT DISTINCT "memberId" FROM "AttendanceRecord"));
