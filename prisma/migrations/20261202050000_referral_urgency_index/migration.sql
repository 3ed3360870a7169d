-- Every home lists the open emergencies oldest first: by urgency, then age, rather than walking
-- every referral in order of age.
CREATE INDEX "Referral_urgency_createdAt_idx" ON "Referral"("urgency", "createdAt");
