// A fingerprint of the whole database: per table, the row count and an md5 of all rows, so a test can say
// "nothing changed" (no insert, no update of any column, no delete). The rate-limit counters are left out:
// every attempt of a signed-in person counts towards their limit, refused or not.
import type { PrismaClient } from "@/lib/generated/prisma/client";

const sqlFor = new WeakMap<PrismaClient, string>();

export async function databaseFingerprint(db: PrismaClient): Promise<Record<string, string>> {
  let sql = sqlFor.get(db);
  if (!sql) {
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      `select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like '\\_prisma%' and table_name <> 'RateLimitWindow' order by 1`,
    );
    sql = tables
      .map(
        ({ name }) =>
          `select '${name}' as t, count(*)::text || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as f from "${name}" x`,
      )
      .join(" union all ");
    sqlFor.set(db, sql);
  }
  const rows = await db.$queryRawUnsafe<{ t: string; f: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.f]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
