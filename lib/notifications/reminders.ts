// Reminders for decisions that wait too long: one per declaration per day (the event key holds the date).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { amsterdamNow } from "@/lib/format";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import { AWAITING_DECISION, AWAITING_MANAGER } from "@/lib/declarations/lifecycle";
import { integrityOfficersFor, notify } from "./events";

export async function queueReminders(db: PrismaClient, overdueDays: number, at: Date = new Date()): Promise<number> {
  const cutoff = new Date(at.getTime() - overdueDays * 86_400_000);
  const today = amsterdamNow(at).today;
  const waiting = await db.declaration.findMany({
    where: { status: { in: [...AWAITING_DECISION] }, submittedAt: { lt: cutoff } },
    select: {
      id: true,
      organisationId: true,
      personId: true,
      status: true,
      assigneeId: true,
      reference: true,
      type: true,
      submittedAt: true,
    },
    take: 1000,
  });
  for (const d of waiting) {
    const days = String(Math.floor((at.getTime() - d.submittedAt!.getTime()) / 86_400_000));
    await db.$transaction(async (tx) => {
      const recipients =
        AWAITING_MANAGER.includes(d.status) && d.assigneeId ? [d.assigneeId] : await integrityOfficersFor(tx, d);
      await notify(tx, {
        organisationId: d.organisationId,
        recipientIds: recipients,
        kind: "REMINDER",
        declarationId: d.id,
        params: { reference: d.reference ?? "", type: DB_TO_RULE_TYPE[d.type], days },
        eventKey: `reminder:${d.id}:${today}`,
      });
    });
  }
  return waiting.length;
}
