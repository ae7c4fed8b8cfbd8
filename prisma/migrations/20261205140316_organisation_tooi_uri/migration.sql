-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "tooiUri" TEXT;
