// The building block of the purge: one kind of record, how to find the next candidates and what removing a batch of
// them means; and the step for records without dependants.
import type { Prisma, PrismaClient, RetentionCategory } from "@/lib/generated/prisma/client";
import type { BatchCounts } from "./counts";

export type Tx = Prisma.TransactionClient;
export type Db = PrismaClient;

export interface Context {
  organisationId: string;
  now: Date;
  months: Record<RetentionCategory, number>;
  cutoff: Record<RetentionCategory, Date>;
}

export type Mode = "count" | "delete";

/** One kind of record: how to find the next candidates, and what removing a batch of them means. */
export interface Step {
  name: string;
  next(db: Db, ctx: Context, after: string | null, take: number): Promise<string[]>;
  apply(tx: Tx | Db, ctx: Context, ids: string[], mode: Mode): Promise<BatchCounts>;
}

export const afterId = (after: string | null) => (after ? { id: { gt: after } } : {});

/** What a step needs of a model's Prisma delegate (db.notification, …), typed by the model's where input `W`. */
export interface Model<W> {
  findMany(args: {
    where: { AND: (W | { id?: { gt: string } })[] };
    orderBy: { id: "asc" };
    take: number;
    select: { id: true };
  }): Promise<{ id: string }[]>;
  deleteMany(args: { where: { AND: (W | { id: { in: string[] } })[] } }): Promise<{ count: number }>;
}

/** A step for records without dependants: candidates by a where clause, deleted by the same clause. */
export function simpleStep<W>(
  name: string,
  category: RetentionCategory,
  kind: string,
  where: (ctx: Context) => W,
  model: (db: Tx | Db) => Model<W>,
): Step {
  return {
    name,
    async next(db, ctx, after, take) {
      const rows = await model(db).findMany({
        where: { AND: [where(ctx), afterId(after)] },
        orderBy: { id: "asc" },
        take,
        select: { id: true },
      });
      return rows.map((r) => r.id);
    },
    async apply(tx, ctx, ids, mode) {
      // The same clause again at deletion: a record that changed meanwhile (e.g. back on the register) stays.
      const count =
        mode === "count"
          ? ids.length
          : (await model(tx).deleteMany({ where: { AND: [where(ctx), { id: { in: ids } }] } })).count;
      return { [category]: { [kind]: count } };
    },
  };
}
