-- CreateTable
CREATE TABLE "OnDemandReminder" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "sentById" TEXT NOT NULL,
    "recipients" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnDemandReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OnDemandReminder_campaignId_day_key" ON "OnDemandReminder"("campaignId", "day");

-- AddForeignKey
ALTER TABLE "OnDemandReminder" ADD CONSTRAINT "OnDemandReminder_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "DeclarationCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
