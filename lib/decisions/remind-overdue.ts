import "server-only";
// An integrity officer reminds a manager about an overdue decision now (decision 068): a declaration that waits for
// its assigned manager longer than DECISION_OVERDUE_DAYS (the overview's and the daily reminder's rule). The same
// message as the daily reminder (kind REMINDER: reference, type and days waiting; never free text), through the
// notification outbox the job runner delivers over SMTP; once per declaration per day (REMINDERS_PER_DAY,
// lib/reminders/on-demand.ts); audited as `declaration.reminded` in the same transaction.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/session-roles";
import { recordViewerAudit } from "@/lib/audit/record";
import { AppError, notFound } from "@/lib/errors";
import { AWAITING_MANAGER } from "@/lib/declarations/lifecycle";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import { notify } from "@/lib/notifications/events";
import { recordReminder, reminderScope, remindersSentToday, REMINDERS_PER_DAY } from "@/lib/reminders/on-demand";
import { daysWaiting, overdueReminderRefusal } from "@/lib/reminders/rules";
import type { DeclarationType as RuleType } from "@/lib/rules";
import { OVERDUE_DAYS } from "./queue-params";
import type { Tx } from "./access";

export interface OverdueReminderPreview {
  id: string;
  reference: string | null;
  type: RuleType;
  daysWaiting: number;
  managerName: string | null;
  refusal: ReturnType<typeof overdueReminderRefusal>;
}

type Db = Tx | Awaited<ReturnType<typeof getDb>>;

/** The declaration as this reminder needs it: integrity officers of its organisation only, never about their own. */
async function findForReminder(db: Db, viewer: Viewer, id: string, at: Date) {
  if (!hasRole(viewer, "INTEGRITY_OFFICER")) throw new AppError("FORBIDDEN", "not an integrity officer");
  const d = await db.declaration.findFirst({
    where: { id, organisationId: viewer.organisationId, personId: { not: viewer.id }, submittedAt: { not: null } },
    select: {
      id: true,
      organisationId: true,
      status: true,
      reference: true,
      type: true,
      submittedAt: true,
      assigneeId: true,
      assignee: { select: { name: true } },
    },
  });
  if (!d) throw notFound("declaration");
  const sentToday = await remindersSentToday(db, reminderScope.declaration(d.id), at);
  const refusal = overdueReminderRefusal({
    waitsForManager: AWAITING_MANAGER.includes(d.status) && !!d.assigneeId,
    submittedAt: d.submittedAt!,
    now: at,
    overdueDays: OVERDUE_DAYS,
    sentToday,
    perDay: REMINDERS_PER_DAY,
  });
  return { d, sentToday, refusal };
}

/** What the confirm step shows: the reference, type, days waiting and manager, or why it cannot go out now. */
export async function previewOverdueReminder(
  viewer: Viewer,
  id: string,
  at: Date = new Date(),
): Promise<OverdueReminderPreview> {
  const db = await getDb();
  const { d, refusal } = await findForReminder(db, viewer, id, at);
  return {
    id: d.id,
    reference: d.reference,
    type: DB_TO_RULE_TYPE[d.type],
    daysWaiting: daysWaiting(d.submittedAt!, at),
    managerName: d.assignee?.name ?? null,
    refusal,
  };
}

/** Reminds the assigned manager now; the declaration, the manager and the limit are checked in the transaction. */
export async function remindOverdue(
  viewer: Viewer,
  input: { id: string },
  at: Date = new Date(),
): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { d, sentToday, refusal } = await findForReminder(tx, viewer, input.id, at);
    if (refusal) throw new AppError("INVALID_STATE", refusal, { reason: refusal });
    const days = daysWaiting(d.submittedAt!, at);
    const row = await recordReminder(tx, {
      scope: reminderScope.declaration(d.id),
      sentToday,
      declarationId: d.id,
      sentById: viewer.id,
      recipients: 1,
      at,
    });
    await notify(tx, {
      organisationId: d.organisationId,
      recipientIds: [d.assigneeId!],
      kind: "REMINDER",
      declarationId: d.id,
      params: { reference: d.reference ?? "", type: DB_TO_RULE_TYPE[d.type], days: String(days) },
      eventKey: `reminder:${d.id}:on-demand:${row.eventSuffix}`,
    });
    await recordViewerAudit(tx, viewer, {
      action: "declaration.reminded",
      entityType: "Declaration",
      entityId: d.id,
      data: { reminderId: row.id, managerId: d.assigneeId, daysWaiting: days, day: row.day },
    });
    return { id: d.id };
  });
}
