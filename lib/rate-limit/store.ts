// Fixed-window counters in the database (model RateLimitWindow), so a limit holds across several app
// instances on one database. One statement inserts or increments the window's row and returns the new
// count, so concurrent requests cannot both slip under the limit.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface RateLimitResult {
  /** False when this hit went over the limit. */
  allowed: boolean;
  /** Hits in the current window, this one included. */
  count: number;
  /** Seconds until the window ends (when a refused caller may try again); at least 1. */
  retryAfterSeconds: number;
  windowStart: Date;
}

type Db = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

export function windowStartOf(now: Date, windowSeconds: number): Date {
  const size = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

/** Counts one hit for `key` in the current window and says whether it is within `limit`. */
export async function hitRateLimit(
  db: Db,
  key: string,
  limit: number,
  windowSeconds: number,
  now = new Date(),
): Promise<RateLimitResult> {
  const windowStart = windowStartOf(now, windowSeconds);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowStart.getTime() + windowSeconds * 1000 - now.getTime()) / 1000),
  );
  return { allowed: count <= limit, count, retryAfterSeconds, windowStart };
}

/** Takes back one hit (an attempt that turned out not to count, e.g. a successful sign-in). */
export async function undoRateLimitHit(db: Db, key: string, windowStart: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "RateLimitWindow" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key} AND "windowStart" = ${windowStart}`;
}

/** Removes windows that ended more than a day ago (the daily job, lib/jobs/daily.ts). */
export async function purgeRateLimitWindows(db: Db, at: Date = new Date()): Promise<number> {
  const before = new Date(at.getTime() - 24 * 3600 * 1000);
  return db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "windowStart" < ${before}`;
}
