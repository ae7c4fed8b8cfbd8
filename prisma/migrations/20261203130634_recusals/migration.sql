-- CreateEnum
CREATE TYPE "RecusalSubject" AS ENUM ('MATTER', 'SUPPLIER', 'PERSON');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "DeclarationType" ADD VALUE 'PRIVATE_RELATIONSHIP';
ALTER TYPE "DeclarationType" ADD VALUE 'SUPPLIER_CONTACT';

-- CreateTable
CREATE TABLE "Recusal" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "declarationId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "subjectKind" "RecusalSubject" NOT NULL,
    "subject" TEXT NOT NULL,
    "endsOn" DATE NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),
    "endedById" TEXT,
    "endReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Recusal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Recusal_decisionId_key" ON "Recusal"("decisionId");

-- CreateIndex
CREATE INDEX "Recusal_organisationId_personId_endedAt_idx" ON "Recusal"("organisationId", "personId", "endedAt");

-- CreateIndex
CREATE INDEX "Recusal_declarationId_idx" ON "Recusal"("declarationId");

-- AddForeignKey
ALTER TABLE "Recusal" ADD CONSTRAINT "Recusal_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recusal" ADD CONSTRAINT "Recusal_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recusal" ADD CONSTRAINT "Recusal_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recusal" ADD CONSTRAINT "Recusal_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recusal" ADD CONSTRAINT "Recusal_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recusal" ADD CONSTRAINT "Recusal_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
