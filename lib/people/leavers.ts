// Daily: people whose employment ended yesterday (a date set earlier, e.g. by an import) leave the public
// register on the day after, without anyone editing them. reconcileRegister decides who no longer qualifies.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reconcileRegister } from "@/lib/register/lifecycle";

export async function reconcileLeavers(db: PrismaClient, at: Date): Promise<number> {
  const organisations = await db.organisation.findMany({ select: { id: true } });
  let ended = 0;
  for (const org of organisations) ended += await db.$transaction((tx) => reconcileRegister(tx, org.id, "all", null, at));
  return ended;
}
