// The public register number of an entry, e.g. "REG-2026-00007" (decision 042): readable, per organisation, given
// once at publication and kept by every correction. It reuses the gap-free counter of the declaration references
// (lib/declarations/reference.ts, decision 037) under the prefix "REG", which no declaration type uses.
import type { Prisma } from "@/lib/generated/prisma/client";
import { amsterdamNow } from "@/lib/format";
import { formatReference } from "@/lib/declarations/reference";

export const REGISTER_NUMBER_PREFIX = "REG";

/** Takes the next number, inside the publishing transaction (the counter row stays locked until it ends). */
export async function takeRegisterNumber(
  db: Pick<Prisma.TransactionClient, "$queryRaw">,
  organisationId: string,
  publishedAt: Date,
): Promise<string> {
  const year = Number(amsterdamNow(publishedAt).today.slice(0, 4));
  const rows = await db.$queryRaw<{ n: number }[]>`
    insert into "DeclarationCounter" ("organisationId", "prefix", "year", "next") values (${organisationId}, ${REGISTER_NUMBER_PREFIX}, ${year}, 2)
    on conflict ("organisationId", "prefix", "year") do update set "next" = "DeclarationCounter"."next" + 1
    returning ("next" - 1)::int as n`;
  return formatReference(REGISTER_NUMBER_PREFIX, year, Number(rows[0]!.n));
}
