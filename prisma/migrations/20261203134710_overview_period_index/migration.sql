-- CreateIndex
CREATE INDEX "Declaration_organisationId_submittedAt_idx" ON "Declaration"("organisationId", "submittedAt");
