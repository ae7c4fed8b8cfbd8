-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "DeclarationType" ADD VALUE 'SALE_TO_EMPLOYER';
ALTER TYPE "DeclarationType" ADD VALUE 'PARTNER_TRAVEL';
ALTER TYPE "DeclarationType" ADD VALUE 'TRAVEL_BENEFIT';
ALTER TYPE "DeclarationType" ADD VALUE 'SERVICE_CAR';
