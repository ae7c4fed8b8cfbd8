import "server-only";
// Liveness and readiness for load balancers and orchestrators (docs/operations.md). No personal data:
// only a status, a reason code and migration names. The route also answers 503 "shutting-down" from the
// moment the server received SIGTERM (lib/shutdown.ts).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { defaultMigrationsDir, readMigrationsList } from "@/lib/db/migrate";
import { configWarnings, type ConfigWarning } from "@/lib/config";

/**
 * What an operator must know although the instance can serve (e.g. SMTP_URL unset: e-mail stays in the
 * outbox). Readiness stays 200 for these, but says them; the same warnings are logged at start.
 */
export function readinessWarnings(env: Record<string, string | undefined> = process.env): ConfigWarning[] {
  return configWarnings(env);
}

export type ReadinessReason =
  | "database-unavailable"
  | "database-timeout"
  | "migrations-unreadable"
  | "migration-failed"
  | "migrations-pending"
  | "database-read-only"
  | "shutting-down";

export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; reason: ReadinessReason; pending?: string[]; failed?: string[] };

interface WriteRow {
  read_only: boolean;
}

interface MigrationRow {
  migration_name: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

/** A promise that rejects with `label` after `ms`, so a hanging database answers 503 instead of hanging the probe. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadinessTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class ReadinessTimeout extends Error {
  constructor() {
    super("readiness check timed out");
    this.name = "ReadinessTimeout";
  }
}

/**
 * Ready when the database answers and every migration folder in prisma/migrations is recorded as
 * applied (finished, not rolled back) in _prisma_migrations: an instance of a newer version whose
 * migrations another instance has not yet applied (or that failed) is not ready.
 */
export async function checkReadiness(
  getDb: () => Promise<PrismaClient>,
  options: { migrationsDir?: string; timeoutMs?: number } = {},
): Promise<Readiness> {
  const timeoutMs = options.timeoutMs ?? 5000;
  let rows: MigrationRow[];
  let readOnly: boolean;
  try {
    [rows, readOnly] = await withTimeout(
      (async () => {
        const db = await getDb();
        const migrations = await db.$queryRawUnsafe<MigrationRow[]>(
          `select migration_name, finished_at, rolled_back_at from "_prisma_migrations"`,
        );
        // A database that refuses writes (a standby after a fail-over, default_transaction_read_only, a
        // read-only user) answers reads, but every sign-in and save fails: not ready.
        const [write] = await db.$queryRawUnsafe<WriteRow[]>(
          `select (current_setting('transaction_read_only') = 'on' or pg_is_in_recovery()) as read_only`,
        );
        return [migrations, write?.read_only === true] as const;
      })(),
      timeoutMs,
    );
  } catch (error) {
    return { ready: false, reason: error instanceof ReadinessTimeout ? "database-timeout" : "database-unavailable" };
  }
  if (readOnly) return { ready: false, reason: "database-read-only" };
  let expected: string[];
  try {
    const list = await readMigrationsList(options.migrationsDir ?? defaultMigrationsDir());
    expected = list.migrationDirectories.map((d) => d.path);
    if (expected.length === 0) return { ready: false, reason: "migrations-unreadable" };
  } catch {
    return { ready: false, reason: "migrations-unreadable" };
  }
  const applied = new Set(
    rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name),
  );
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null).map((r) => r.migration_name);
  if (failed.length > 0) return { ready: false, reason: "migration-failed", failed };
  const pending = expected.filter((name) => !applied.has(name));
  if (pending.length > 0) return { ready: false, reason: "migrations-pending", pending };
  return { ready: true, migrations: expected.length };
}
