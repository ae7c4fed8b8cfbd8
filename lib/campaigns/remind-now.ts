import "server-only";
// HR reminds the non-responders of an open campaign now (decision 068), outside the daily schedule of
// reminders.ts. The same notification and outbox path (notifyAboutCampaign -> notify), so the job runner
// delivers the e-mail over SMTP like every other message. The daily limit (REMINDERS_PER_DAY) is kept by
// lib/reminders/on-demand.ts: two clicks at the same moment remind people once.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { recordAudit } from "@/lib/audit/record";
import { AppError, invalidState } from "@/lib/errors";
import { recordReminder, reminderScope, remindersSentToday, REMINDERS_PER_DAY } from "@/lib/reminders/on-demand";
import { findCampaign } from "./campaign";
import { notAnswered, notifyAboutCampaign } from "./population";
import { onDemandReminderRefusal } from "./rules";
import type { RemindNowInput } from "./schemas";

/** What the confirm step shows: how many would be reminded, and whether today's reminder was already sent. */
export async function previewRemindNow(
  viewer: Viewer,
  campaignId: string,
  at: Date = new Date(),
): Promise<{ recipients: number; refusal: ReturnType<typeof onDemandReminderRefusal> }> {
  assertArea(viewer, "campaigns");
  const db = await getDb();
  const c = await findCampaign(db, viewer, campaignId);
  const recipients = c.status === "OPEN" ? (await notAnswered(db, c, at)).length : 0;
  const sentToday = await remindersSentToday(db, reminderScope.campaign(c.id), at);
  return {
    recipients,
    refusal: onDemandReminderRefusal({ status: c.status, sentToday, recipients, perDay: REMINDERS_PER_DAY }),
  };
}

/** Reminds everyone who has not answered, once per campaign per day; audited in the same transaction. */
export async function remindNow(
  viewer: Viewer,
  input: RemindNowInput,
  at: Date = new Date(),
): Promise<{ id: string; recipients: number }> {
  assertArea(viewer, "campaigns");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await findCampaign(tx, viewer, input.id);
    const people = c.status === "OPEN" ? await notAnswered(tx, c, at) : [];
    const scope = reminderScope.campaign(c.id);
    const sentToday = await remindersSentToday(tx, scope, at);
    const refusal = onDemandReminderRefusal({
      status: c.status,
      sentToday,
      recipients: people.length,
      perDay: REMINDERS_PER_DAY,
    });
    if (refusal === "closed") throw invalidState(c.status);
    if (refusal) throw new AppError("INVALID_STATE", refusal, { reason: refusal });
    // The unique (scope, day, seq) key makes a concurrent second click fail here (CONFLICT), before anyone is told.
    const row = await recordReminder(tx, {
      scope,
      sentToday,
      campaignId: c.id,
      sentById: viewer.id,
      recipients: people.length,
      at,
    });
    await notifyAboutCampaign(tx, {
      organisationId: c.organisationId,
      people,
      kind: "CAMPAIGN_REMINDER",
      year: c.year,
      dueOn: c.dueOn,
      eventKey: `campaign:${c.id}:on-demand:${row.eventSuffix}`,
    });
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: "campaign.reminded",
      entityType: "DeclarationCampaign",
      entityId: c.id,
      data: { reminderId: row.id, recipients: people.length, day: row.day },
    });
    return { id: c.id, recipients: people.length };
  });
}
