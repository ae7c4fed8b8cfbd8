import "server-only";
// HR reminds the non-responders of an open campaign now (decision 068), outside the daily schedule of
// reminders.ts. The same notification and outbox path (notifyAboutCampaign -> notify), so the job runner
// delivers the e-mail over SMTP like every other message. The daily limit is a row per campaign and day
// (OnDemandReminder, unique): two clicks on the same day, even at the same moment, remind people once.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { recordAudit } from "@/lib/audit/record";
import { AppError, invalidState } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import { dateOfDay } from "@/lib/dates";
import { findCampaign, type Db } from "./campaign";
import { notAnswered, notifyAboutCampaign } from "./population";
import { onDemandReminderRefusal } from "./rules";
import type { RemindNowInput } from "./schemas";

/** What the confirm step shows: how many would be reminded, and whether today's reminder was already sent. */
export async function previewRemindNow(
  viewer: Viewer,
  campaignId: string,
  at: Date = new Date(),
): Promise<{ recipients: number; refusal: "closed" | "alreadyToday" | "nobody" | null }> {
  assertArea(viewer, "campaigns");
  const db = await getDb();
  const c = await findCampaign(db, viewer, campaignId);
  const recipients = c.status === "OPEN" ? (await notAnswered(db, c, at)).length : 0;
  const sentToday = await remindedToday(db, c.id, at);
  return { recipients, refusal: onDemandReminderRefusal({ status: c.status, sentToday, recipients }) };
}

async function remindedToday(db: Db, campaignId: string, at: Date): Promise<number> {
  return db.onDemandReminder.count({ where: { campaignId, day: dateOfDay(amsterdamNow(at).today) } });
}

/** Reminds everyone who has not answered, once per campaign per day; audited in the same transaction. */
export async function remindNow(
  viewer: Viewer,
  input: RemindNowInput,
  at: Date = new Date(),
): Promise<{ id: string; recipients: number }> {
  assertArea(viewer, "campaigns");
  const db = await getDb();
  const today = amsterdamNow(at).today;
  return db.$transaction(async (tx) => {
    const c = await findCampaign(tx, viewer, input.id);
    const people = c.status === "OPEN" ? await notAnswered(tx, c, at) : [];
    const sentToday = await remindedToday(tx, c.id, at);
    const refusal = onDemandReminderRefusal({ status: c.status, sentToday, recipients: people.length });
    if (refusal === "closed") throw invalidState(c.status);
    if (refusal) throw new AppError("INVALID_STATE", refusal, { reason: refusal });
    // The unique (campaign, day) key makes a concurrent second click fail here (CONFLICT), before anyone is told.
    const row = await tx.onDemandReminder.create({
      data: { campaignId: c.id, day: dateOfDay(today), sentById: viewer.id, recipients: people.length },
      select: { id: true },
    });
    await notifyAboutCampaign(tx, {
      organisationId: c.organisationId,
      people,
      kind: "CAMPAIGN_REMINDER",
      year: c.year,
      dueOn: c.dueOn,
      eventKey: `campaign:${c.id}:on-demand:${today}`,
    });
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: "campaign.reminded",
      entityType: "DeclarationCampaign",
      entityId: c.id,
      data: { reminderId: row.id, recipients: people.length, day: today },
    });
    return { id: c.id, recipients: people.length };
  });
}
