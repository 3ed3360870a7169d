-- "Accepted and not yet enrolled" (the roster's consent card, the waiting lists) asks whether an
-- application has an enrollment: without this index PostgreSQL hashed every enrollment to answer.
CREATE INDEX "Enrollment_applicationId_idx" ON "Enrollment"("applicationId");
