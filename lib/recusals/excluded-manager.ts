// The manager a private-relationship declaration is about (decision 041): kept apart from lib/recusals/data.ts so
// that deciding (lib/decisions/access.ts) and notifying (lib/notifications/events.ts) can ask it without importing
// the recusal data layer (which imports the authority model, which notifies).
import { aboutOwnManager } from "@/lib/declarations/forms/private-relationship";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = Prisma.TransactionClient | PrismaClient;

/**
 * The manager a private-relationship declaration is about (the other party is the declarant's own manager, so it
 * went to the integrity officer): that person neither decides it, nor ends its recusal, nor is told about it as an
 * integrity officer, even when they also hold INTEGRITY_OFFICER. Null for any other declaration.
 */
export async function excludedManagerOf(db: Db, declarationId: string): Promise<string | null> {
  const d = await db.declaration.findUnique({
    where: { id: declarationId },
    select: { type: true, answers: true, person: { select: { managerId: true } } },
  });
  if (!d || d.type !== "PRIVATE_RELATIONSHIP" || !d.person.managerId) return null;
  return aboutOwnManager((d.answers ?? {}) as Record<string, unknown>) ? d.person.managerId : null;
}
