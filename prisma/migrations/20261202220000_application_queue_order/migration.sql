-- CreateIndex
CREATE INDEX "Application_queue_order_idx" ON "Application"("riskFlagged" DESC, "riskAcknowledgedAt" DESC, "submittedAt", "id", "status");
