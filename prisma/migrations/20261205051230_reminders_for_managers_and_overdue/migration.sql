-- DropIndex
DROP INDEX "OnDemandReminder_campaignId_day_key";

-- AlterTable
ALTER TABLE "OnDemandReminder" ADD COLUMN     "declarationId" TEXT,
ADD COLUMN     "scope" TEXT,
ADD COLUMN     "seq" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "campaignId" DROP NOT NULL;

-- HR's reminders so far were per campaign (decision 068): their scope is the campaign.
UPDATE "OnDemandReminder" SET "scope" = 'campaign:' || "campaignId";
ALTER TABLE "OnDemandReminder" ALTER COLUMN "scope" SET NOT NULL;

-- CreateIndex
CREATE INDEX "OnDemandReminder_campaignId_idx" ON "OnDemandReminder"("campaignId");

-- CreateIndex
CREATE INDEX "OnDemandReminder_declarationId_idx" ON "OnDemandReminder"("declarationId");

-- CreateIndex
CREATE UNIQUE INDEX "OnDemandReminder_scope_day_seq_key" ON "OnDemandReminder"("scope", "day", "seq");

-- AddForeignKey
ALTER TABLE "OnDemandReminder" ADD CONSTRAINT "OnDemandReminder_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
