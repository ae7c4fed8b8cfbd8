// Drafts that were never sent are removed by the retention purge (lib/privacy/purge, category DRAFTS), but never
// without a notice (issue 19 item 8): the daily job tells the person DRAFT_NOTICE_DAYS before a draft's retention
// ends, and the purge takes a draft only when such a notice, given after its last save, is at least that many days
// old. A draft saved again starts over (its retention counts from the last save, and a new notice is needed).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns";
import { draftNoticeDays } from "@/lib/config";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/events";
import { retentionMonths } from "./purge";
import { retentionCutoff, TIME_ZONE } from "./retention";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";

const DAY = 86_400_000;

/** The Amsterdam day (YYYY-MM-DD) of a moment. */
function amsterdamDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(at);
}

/**
 * When a draft last saved at `savedAt` may be removed: not before its retention of `months` ends, and not before
 * `days` after the notice (given at `noticeAt`). Pure.
 */
export function draftRemovableFrom(savedAt: Date, months: number, noticeAt: Date, days: number): Date {
  const retentionEnd = new Date(addMonths(new TZDate(savedAt.getTime(), TIME_ZONE), months).getTime());
  return new Date(Math.max(retentionEnd.getTime(), noticeAt.getTime() + days * DAY));
}

/** The event key of the notice for one saved state of a draft: a draft saved again needs a new notice. */
export function draftNoticeKey(id: string, savedAt: Date): string {
  return `draft-expiring:${id}:${savedAt.getTime()}`;
}

/**
 * The notices due at `at`, for every organisation: each draft whose retention ends within `days` and that has no
 * notice for its last save gets one (an in-app notification and an e-mail, decision 037: the kind of declaration and
 * the date only) with an audit event, in one transaction per draft. Returns how many were given.
 */
export async function queueDraftNotices(
  db: PrismaClient,
  at: Date = new Date(),
  days: number = draftNoticeDays(),
): Promise<number> {
  const organisations = await db.organisation.findMany({ select: { id: true } });
  let given = 0;
  for (const { id: organisationId } of organisations) {
    const months = (await retentionMonths(db, organisationId)).DRAFTS;
    // Past its retention within `days`: last saved at or before the cutoff of that later moment.
    const horizon = retentionCutoff(new Date(at.getTime() + days * DAY), months);
    const drafts = await db.declaration.findMany({
      where: { organisationId, status: "DRAFT", updatedAt: { lte: horizon } },
      orderBy: { updatedAt: "asc" },
      take: 5000,
      select: { id: true, personId: true, type: true, updatedAt: true },
    });
    for (const draft of drafts) {
      const key = draftNoticeKey(draft.id, draft.updatedAt);
      const known = await db.notification.findUnique({ where: { eventKey: `${key}:${draft.personId}` } });
      if (known) continue;
      const due = amsterdamDay(draftRemovableFrom(draft.updatedAt, months, at, days));
      const done = await db.$transaction(async (tx: Prisma.TransactionClient) => {
        // Still the same unsent draft (not sent or saved meanwhile): otherwise no notice.
        const still = await tx.declaration.count({
          where: { id: draft.id, status: "DRAFT", updatedAt: draft.updatedAt },
        });
        if (still === 0) return false;
        await notify(tx, {
          organisationId,
          recipientIds: [draft.personId],
          kind: "DRAFT_EXPIRING",
          declarationId: draft.id,
          params: { type: DB_TO_RULE_TYPE[draft.type], due, days: String(days) },
          eventKey: key,
        });
        await recordAudit(tx, {
          organisationId,
          actorId: null,
          action: "declaration.draft-expiry-notice",
          entityType: "Declaration",
          entityId: draft.id,
          data: { due, days },
        });
        return true;
      });
      if (done) given += 1;
    }
  }
  return given;
}
