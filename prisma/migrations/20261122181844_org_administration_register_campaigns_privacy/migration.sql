-- CreateEnum
CREATE TYPE "RegisterEndReason" AS ENUM ('SIDE_JOB_ENDED', 'LEFT_DESIGNATED_GROUP', 'EMPLOYMENT_ENDED', 'REMOVED_BY_HR');

-- CreateEnum
CREATE TYPE "PeopleImportStatus" AS ENUM ('PREVIEWED', 'APPLIED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CampaignAnswer" AS ENUM ('COMPLETE', 'NOTHING_TO_DECLARE');

-- CreateEnum
CREATE TYPE "RetentionCategory" AS ENUM ('CLOSED_DECLARATIONS', 'DRAFTS', 'REGISTER_HISTORY', 'NOTIFICATIONS', 'CAMPAIGN_RESPONSES', 'PEOPLE_IMPORTS');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'REGISTER_REVIEW_NEEDED';
ALTER TYPE "NotificationKind" ADD VALUE 'REGISTER_PUBLISHED';
ALTER TYPE "NotificationKind" ADD VALUE 'CAMPAIGN_OPENED';
ALTER TYPE "NotificationKind" ADD VALUE 'CAMPAIGN_REMINDER';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "keepsGiftRegister" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PolicySetting" ADD COLUMN     "reason" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "RegisterEntry" ADD COLUMN     "endReason" "RegisterEndReason",
ADD COLUMN     "personId" TEXT,
ADD COLUMN     "startedOn" DATE,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PeopleImport" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "status" "PeopleImportStatus" NOT NULL DEFAULT 'PREVIEWED',
    "rows" JSONB NOT NULL,
    "report" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PeopleImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclarationCampaign" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "opensOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'OPEN',
    "nonRespondersPublished" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "closedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeclarationCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignResponse" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "answer" "CampaignAnswer" NOT NULL,
    "unitId" TEXT,
    "respondedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionRule" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "category" "RetentionCategory" NOT NULL,
    "retentionMonths" INTEGER NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RetentionRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PurgeRun" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "removed" JSONB NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PurgeRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PeopleImport_organisationId_createdAt_idx" ON "PeopleImport"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "DeclarationCampaign_organisationId_status_idx" ON "DeclarationCampaign"("organisationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DeclarationCampaign_organisationId_year_key" ON "DeclarationCampaign"("organisationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignResponse_campaignId_personId_key" ON "CampaignResponse"("campaignId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "RetentionRule_organisationId_category_key" ON "RetentionRule"("organisationId", "category");

-- CreateIndex
CREATE INDEX "PurgeRun_organisationId_startedAt_idx" ON "PurgeRun"("organisationId", "startedAt");

-- CreateIndex
CREATE INDEX "RegisterEntry_organisationId_publishedAt_idx" ON "RegisterEntry"("organisationId", "publishedAt");

-- CreateIndex
CREATE INDEX "RegisterEntry_organisationId_endedAt_idx" ON "RegisterEntry"("organisationId", "endedAt");

-- CreateIndex
CREATE INDEX "RegisterEntry_personId_idx" ON "RegisterEntry"("personId");

-- AddForeignKey
ALTER TABLE "RegisterEntry" ADD CONSTRAINT "RegisterEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeopleImport" ADD CONSTRAINT "PeopleImport_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationCampaign" ADD CONSTRAINT "DeclarationCampaign_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignResponse" ADD CONSTRAINT "CampaignResponse_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "DeclarationCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignResponse" ADD CONSTRAINT "CampaignResponse_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionRule" ADD CONSTRAINT "RetentionRule_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurgeRun" ADD CONSTRAINT "PurgeRun_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Data: link existing register entries to the declarant, and the Gemeente keeps a gift register (002 L408-411).
UPDATE "RegisterEntry" r SET "personId" = d."personId" FROM "Declaration" d WHERE d."id" = r."declarationId";
UPDATE "Organisation" SET "keepsGiftRegister" = true WHERE "profile" = 'GEMEENTE';
