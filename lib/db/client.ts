// The only place that constructs a PrismaClient (conventions: one client, adapter chosen here).
import { positiveIntegerSetting } from "@/lib/config";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { DbTarget } from "./config";
import { DbConfigError } from "./config";
import { acquirePgliteLock } from "./pglite-lock";
import { logError } from "@/lib/log";

export type Db = PrismaClient;

/**
 * Interactive transactions wait up to 10 s for a connection and may run 15 s (Prisma's defaults: 2 s and
 * 5 s). Writers of one organisation queue on its audit-chain lock (lib/audit/record.ts); under a burst
 * (50 submissions at once, docs/benchmarks.md) the 2 s default failed submissions with "Unable to start a
 * transaction in the given time" where waiting a little longer succeeds.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

export interface OpenedDb {
  prisma: PrismaClient;
  target: DbTarget;
  /** The PGlite instance when embedded (migrations run on this same single connection). */
  pglite?: PGlite;
  /** PostgreSQL: the pool Prisma's adapter uses; lib/db/raw.ts reads large results from it without Prisma's mapping. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string | undefined): Promise<PGlite> {
  try {
    const pglite = dataDir ? new PGlite(dataDir) : new PGlite();
    await pglite.waitReady;
    await pglite.query("select 1");
    return pglite;
  } catch (error) {
    throw new DbConfigError(
      `The embedded database at ${dataDir ?? "(memory)"} could not be opened: ${(error as Error).message}. ` +
        "It has not been changed. If it is damaged, restore it from a backup, or move the folder aside " +
        "(the portal then creates a new one with demo data).",
    );
  }
}

export async function openDb(target: DbTarget, options: { pglite?: PGlite } = {}): Promise<OpenedDb> {
  if (target.kind === "pglite") {
    const release = options.pglite ? () => {} : acquirePgliteLock(target.dataDir);
    let pglite: PGlite;
    try {
      pglite = options.pglite ?? (await openPglite(target.dataDir));
    } catch (error) {
      release();
      throw error;
    }
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions: TRANSACTION_OPTIONS });
    return {
      prisma,
      target,
      pglite,
      async close() {
        await prisma.$disconnect();
        if (!options.pglite) await pglite.close();
        release();
      },
    };
  }
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: positiveIntegerSetting("DATABASE_POOL_SIZE", 10),
  });
  // An idle connection the server ends (a restart, a failover, an administrator's pg_terminate_backend) makes the
  // pool emit "error"; with no listener Node ends the process. Prisma's adapter listens only while it is connected
  // (from its first query until $disconnect), so this one covers the whole life of the pool: the pool drops the
  // connection and opens a new one for the next query.
  pool.on("error", (error) => logError("db.idle-connection-lost", error, { component: "db" }));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_OPTIONS });
  return {
    prisma,
    target,
    pool,
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}
