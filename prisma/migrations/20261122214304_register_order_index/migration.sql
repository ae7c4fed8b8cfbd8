-- CreateIndex
CREATE INDEX "RegisterEntry_organisationId_status_personName_sideJobOrgan_idx" ON "RegisterEntry"("organisationId", "status", "personName", "sideJobOrganisation", "id");
