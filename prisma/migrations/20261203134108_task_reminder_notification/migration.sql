-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'TASK_REMINDER';
