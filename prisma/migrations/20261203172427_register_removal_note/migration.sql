-- AlterTable
ALTER TABLE "RegisterEntry" ADD COLUMN     "removalNote" TEXT;
