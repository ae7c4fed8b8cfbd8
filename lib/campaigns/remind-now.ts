import "server-only";
// HR reminds the non-responders of an open campaign now (decision 068), outside the daily schedule of
// reminders.ts. The same notification and outbox path (notifyAboutCampaign -> notify), so the job runner
// delivers the e-mail over SMTP like every other message. The daily limit (REMINDERS_PER_DAY) is kept by
// lib/reminders/on-demand.ts: two clicks at the same moment remind people once.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { recordViewerAudit } from "@/lib/audit/record";
import { AppError, invalidState } from "@/lib/errors";
import { recordReminder, reminderScope, remindersSentToday, REMINDERS_PER_DAY } from "@/lib/reminders/on-demand";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findCampaign, type CampaignRow } from "./campaign";
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
    return sendCampaignReminder(tx, viewer, c, { people, scope: reminderScope.campaign(c.id), eventKey: "" }, at);
  });
}

/**
 * The one way a campaign reminder on demand goes out, HR's (above) and a manager's (remind-team.ts), inside the
 * caller's transaction: the refusal rule with the limit of the scope, the reminder's row (whose unique key makes a
 * concurrent second click fail with CONFLICT before anyone is told), the messages and their e-mail outbox rows, and
 * the audit event `campaign.reminded` (no names: how many, the day, and who reminded as `by` for a manager).
 */
export async function sendCampaignReminder(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  c: CampaignRow,
  input: {
    people: { id: string; locale: string }[];
    scope: string;
    /** Part of the event key after "on-demand:" that tells this sender's reminders apart ("" for HR's). */
    eventKey: string;
    /** For a manager: whether HR shared the list of those who did not answer. */
    published?: boolean;
    by?: "manager";
  },
  at: Date,
): Promise<{ id: string; recipients: number }> {
  const { people, scope } = input;
  const sentToday = await remindersSentToday(tx, scope, at);
  const refusal = onDemandReminderRefusal({
    status: c.status,
    published: input.published,
    sentToday,
    recipients: people.length,
    perDay: REMINDERS_PER_DAY,
  });
  if (refusal === "closed") throw invalidState(c.status);
  if (refusal) throw new AppError("INVALID_STATE", refusal, { reason: refusal });
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
    eventKey: `campaign:${c.id}:on-demand:${input.eventKey}${row.eventSuffix}`,
  });
  await recordViewerAudit(tx, viewer, {
    action: "campaign.reminded",
    entityType: "DeclarationCampaign",
    entityId: c.id,
    data: { reminderId: row.id, recipients: people.length, day: row.day, ...(input.by ? { by: input.by } : {}) },
  });
  return { id: c.id, recipients: people.length };
}
