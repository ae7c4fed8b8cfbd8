// Optimistic concurrency in one place (decision 074): a row is written only while it still has the version the
// person saw; otherwise nothing changes and the action answers a version conflict (AppError "CONFLICT").
import { conflict } from "@/lib/errors";

/** The version the person saw must be the row's: otherwise a conflict that says which version is current. */
export function expectVersion(current: number, expected: number): void {
  if (current !== expected) throw conflict({ currentVersion: current });
}

/**
 * An updateMany/deleteMany guarded by its where (id and version, or another value read earlier) must have
 * written exactly one row: none means someone changed or removed it meanwhile, a conflict.
 */
export function expectOneUpdated(result: { count: number }, details?: Record<string, unknown>): void {
  if (result.count !== 1) throw conflict(details);
}

/** A Prisma model's updateMany, as the guarded update calls it. */
interface UpdateMany<Where, Data> {
  updateMany(args: { where: Where; data: Data }): PromiseLike<{ count: number }>;
}

/**
 * Updates the row with this id at this version (and whatever `also` requires, e.g. a status) and raises its
 * version by one; when no row matched, a conflict and nothing is written. Returns the new version.
 */
export async function updateVersioned<Where extends object, Data extends object>(
  model: UpdateMany<Where, Data>,
  row: { id: string; version: number },
  data: NoInfer<Omit<Data, "version">>,
  also?: NoInfer<Omit<Where, "id" | "version">>,
): Promise<number> {
  const where = { ...also, id: row.id, version: row.version } as Where;
  const updated = await model.updateMany({ where, data: { ...data, version: { increment: 1 } } as Data });
  expectOneUpdated(updated);
  return row.version + 1;
}
