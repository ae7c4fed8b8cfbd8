// The daily campaign reminder (lib/jobs/daily.ts): on the reminder days of an open campaign (7 days and
// 1 day before the due date, and on the due date), everyone who has not answered yet gets one reminder.
// The event key holds the day, so running the task twice on a day reminds nobody twice; people who have
// answered and closed campaigns get nothing.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { amsterdamNow } from "@/lib/format";
import { isReminderDay } from "./rules";
import { notAnswered, notifyAboutCampaign } from "./population";
import { dayOfDate } from "@/lib/dates";

/** Queues today's campaign reminders; returns how many people were reminded (or already were today). */
export async function queueCampaignReminders(db: PrismaClient, at: Date = new Date()): Promise<number> {
  const today = amsterdamNow(at).today;
  const open = await db.declarationCampaign.findMany({
    where: { status: "OPEN" },
    select: { id: true, organisationId: true, opensOn: true, dueOn: true },
  });
  let reminded = 0;
  for (const c of open) {
    if (!isReminderDay({ opensOn: dayOfDate(c.opensOn), dueOn: dayOfDate(c.dueOn) }, today)) continue;
    reminded += await db.$transaction(async (tx) => {
      // Read again inside the transaction: a campaign closed meanwhile reminds nobody.
      const campaign = await tx.declarationCampaign.findFirst({
        where: { id: c.id, status: "OPEN" },
        select: { id: true, organisationId: true, year: true, dueOn: true },
      });
      if (!campaign) return 0;
      const people = await notAnswered(tx, campaign, at);
      await notifyAboutCampaign(tx, {
        organisationId: campaign.organisationId,
        people,
        kind: "CAMPAIGN_REMINDER",
        year: campaign.year,
        dueOn: campaign.dueOn,
        eventKey: `campaign:${campaign.id}:reminder:${today}`,
      });
      return people.length;
    });
  }
  return reminded;
}
