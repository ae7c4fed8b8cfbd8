// The daily background work (run by the pg-boss job in lib/jobs/runner.ts at 08:00 Europe/Amsterdam).
// Each task is independent: one failing does not stop the others, and each is safe to run twice a day
// (event keys and run records make repeats harmless).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { OVERDUE_DAYS } from "@/lib/decisions/queue-params";
import { queueReminders } from "@/lib/notifications/reminders";
import { reconcileAllRegisters } from "@/lib/register/sync";
import { purgeAllOrganisations } from "@/lib/privacy/purge";
import { queueCampaignReminders } from "@/lib/campaigns/reminders";
import { queueTaskReminders } from "@/lib/tasks/reminders";
import { purgeRateLimitWindows } from "@/lib/rate-limit/store";
import { queueDraftNotices } from "@/lib/privacy/draft-notices";
import { logError } from "@/lib/log";

export interface DailyTask {
  name: string;
  run(db: PrismaClient, at: Date): Promise<unknown>;
}

export const DAILY_TASKS: DailyTask[] = [
  { name: "decision-reminders", run: (db, at) => queueReminders(db, OVERDUE_DAYS, at) },
  { name: "register-reconcile", run: (db, at) => reconcileAllRegisters(db, at) },
  // Before the purge: a draft is removed only some days after its notice (decision 061).
  { name: "draft-notices", run: (db, at) => queueDraftNotices(db, at) },
  { name: "privacy-purge", run: (db, at) => purgeAllOrganisations(db, at) },
  { name: "campaign-reminders", run: (db, at) => queueCampaignReminders(db, at) },
  { name: "task-reminders", run: (db, at) => queueTaskReminders(db, at) },
  { name: "rate-limit-cleanup", run: (db, at) => purgeRateLimitWindows(db, at) },
];

export async function runDailyTasks(db: PrismaClient, at: Date = new Date()): Promise<Record<string, "ok" | "failed">> {
  const result: Record<string, "ok" | "failed"> = {};
  for (const task of DAILY_TASKS) {
    try {
      await task.run(db, at);
      result[task.name] = "ok";
    } catch (error) {
      logError("job.daily-task.failed", error, { component: "jobs", task: task.name });
      result[task.name] = "failed";
    }
  }
  return result;
}
