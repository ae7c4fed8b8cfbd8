-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'DECIDED_AGAINST_CODE';

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "againstCode" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "codeOutcome" TEXT;
