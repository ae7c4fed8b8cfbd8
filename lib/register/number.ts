// The public register number of an entry, e.g. "REG-2026-00007" (decision 042): readable, per organisation, given
// once at publication and kept by every correction. It reuses the gap-free counter of the declaration references
// (lib/declarations/reference.ts, decision 037) under the prefix "REG", which no declaration type uses.
import { takeNumber, type CounterDb } from "@/lib/declarations/reference";

export const REGISTER_NUMBER_PREFIX = "REG";

/** Takes the next number, inside the publishing transaction (the counter row stays locked until it ends). */
export async function takeRegisterNumber(db: CounterDb, organisationId: string, publishedAt: Date): Promise<string> {
  return takeNumber(db, organisationId, REGISTER_NUMBER_PREFIX, publishedAt);
}
