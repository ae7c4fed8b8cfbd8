import "server-only";
// Reminders on demand (decision 068), the one way to record them: HR for a campaign, a manager for their own people
// who have not answered it, an integrity officer for an overdue decision. Each reminder is an OnDemandReminder row
// whose (scope, day, seq) is unique: the limit per scope and Amsterdam day (REMINDERS_PER_DAY) holds even for two
// clicks at the same moment (the second gets CONFLICT and changes nothing, before anyone is told).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { remindersPerDay } from "@/lib/config";
import { amsterdamNow } from "@/lib/format";
import { dateOfDay } from "@/lib/dates";

type Db = Prisma.TransactionClient | PrismaClient;

/** How often a reminder on demand may go out per scope and Amsterdam day (the REMINDERS_PER_DAY setting). */
export const REMINDERS_PER_DAY = remindersPerDay();

/** What the limit counts. */
export const reminderScope = {
  campaign: (campaignId: string) => `campaign:${campaignId}`,
  managersPeople: (campaignId: string, managerId: string) => `campaign:${campaignId}:manager:${managerId}`,
  declaration: (declarationId: string) => `declaration:${declarationId}`,
};

/** How many reminders of this scope went out on the Amsterdam day of `at`. */
export async function remindersSentToday(db: Db, scope: string, at: Date): Promise<number> {
  return db.onDemandReminder.count({ where: { scope, day: dateOfDay(amsterdamNow(at).today) } });
}

/**
 * Records a reminder (the caller checked the limit with remindersSentToday in the same transaction) and returns
 * the suffix for the notification's event key: the day, and the sequence number after the first of the day, so a
 * second reminder on a day (REMINDERS_PER_DAY above 1) is not taken for the first.
 */
export async function recordReminder(
  tx: Prisma.TransactionClient,
  input: {
    scope: string;
    sentToday: number;
    campaignId?: string;
    declarationId?: string;
    sentById: string;
    recipients: number;
    at: Date;
  },
): Promise<{ id: string; day: string; eventSuffix: string }> {
  const today = amsterdamNow(input.at).today;
  const seq = input.sentToday + 1;
  const row = await tx.onDemandReminder.create({
    data: {
      scope: input.scope,
      campaignId: input.campaignId ?? null,
      declarationId: input.declarationId ?? null,
      day: dateOfDay(today),
      seq,
      sentById: input.sentById,
      recipients: input.recipients,
    },
    select: { id: true },
  });
  return { id: row.id, day: today, eventSuffix: seq === 1 ? today : `${today}:${seq}` };
}
