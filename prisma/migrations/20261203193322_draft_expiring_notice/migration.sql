-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'DRAFT_EXPIRING';
