// Reminders for tasks that wait too long (decision 043), run by the daily job (lib/jobs/daily.ts): a question the
// declarant has not answered, conditions not yet confirmed, a decision waiting for a deputy. The people asked come
// from the same source as the home page (openItemsFor: the rights held now), the keys from the pure remindersDue: one
// reminder per task and period, however often the job runs. The manager's own decisions keep their daily reminder
// (lib/notifications/reminders.ts).
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { taskReminderDays } from "@/lib/config";
import { amsterdamNow } from "@/lib/format";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import { notify } from "@/lib/notifications/events";
import { openItemsFor } from "./data";
import { remindersDue } from "./derive";
import { AWAITING_ANSWER, TO_ACKNOWLEDGE } from "@/lib/declarations/lifecycle";

export async function queueTaskReminders(
  db: PrismaClient,
  at: Date = new Date(),
  afterDays: number = taskReminderDays(),
): Promise<number> {
  const today = amsterdamNow(at).today;
  const day = new Date(`${today}T00:00:00Z`);
  // Who may have a reminded task: declarants with an open question or unconfirmed conditions, and deputies under a
  // delegation active today. Each is then asked through openItemsFor, which checks the right they hold now.
  const [declarants, deputies] = await Promise.all([
    db.declaration.findMany({
      where: { status: { in: [...AWAITING_ANSWER, ...TO_ACKNOWLEDGE] } },
      distinct: ["personId"],
      take: 5000,
      select: { personId: true, organisationId: true },
    }),
    db.delegation.findMany({
      where: { revokedAt: null, startsOn: { lte: day }, endsOn: { gte: day } },
      distinct: ["deputyId"],
      take: 5000,
      select: { deputyId: true, deputy: { select: { organisationId: true } } },
    }),
  ]);
  const people = new Map<string, string>();
  for (const d of declarants) people.set(d.personId, d.organisationId);
  for (const d of deputies) people.set(d.deputyId, d.deputy.organisationId);

  let sent = 0;
  for (const [id, organisationId] of people) {
    const items = await openItemsFor(db as unknown as Prisma.TransactionClient, { id, organisationId }, at);
    const due = remindersDue(items, today, afterDays);
    if (due.length === 0) continue;
    const declarations = await db.declaration.findMany({
      where: { id: { in: due.map((d) => d.item.id) } },
      select: { id: true, reference: true, type: true },
    });
    const byId = new Map(declarations.map((d) => [d.id, d]));
    await db.$transaction(async (tx) => {
      for (const { item, key, days } of due) {
        const d = byId.get(item.id);
        if (!d) continue;
        await notify(tx, {
          organisationId,
          recipientIds: [id],
          kind: "TASK_REMINDER",
          declarationId: d.id,
          params: { reference: d.reference ?? "", type: DB_TO_RULE_TYPE[d.type], days: String(days), task: item.kind },
          eventKey: key,
        });
        sent += 1;
      }
    });
  }
  return sent;
}
