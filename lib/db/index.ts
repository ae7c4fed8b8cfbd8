// The portal's database handle: opened once per server process, migrated on start, and seeded with
// demo data only in demo mode (PORTAL_DEMO, lib/config) when still empty. Everything else asks `getDb()`.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DbConfigError, isDemoMode, resolveDbTarget, resolveMigrationUrl, type DbTarget } from "./config";
import { openDb, type OpenedDb } from "./client";
import { applyMigrations } from "./migrate";
import { auditTableUnprotected, migratePostgres } from "./roles";
import { logger } from "@/lib/log";

export { DbConfigError, isDemoMode, resolveDbTarget } from "./config";
export type { DbTarget } from "./config";

type Cache = { ready?: Promise<OpenedDb> };
const globalCache = globalThis as typeof globalThis & { __portalDb?: Cache };
const cache: Cache = (globalCache.__portalDb ??= {});

function explainConnectionError(target: DbTarget, error: unknown): Error {
  if (error instanceof DbConfigError) return error;
  const raw = error instanceof Error ? error.message : String(error);
  // Prisma wraps driver errors in several lines; keep the driver's own sentence.
  const message = /Message: `([^`]+)`/.exec(raw)?.[1] ?? raw.trim().split("\n").filter(Boolean).pop() ?? raw;
  if (target.kind === "postgres") {
    return new DbConfigError(
      `Cannot use ${target.display}: ${message}. Check that the PostgreSQL server runs and accepts connections, ` +
        "and that DATABASE_URL has the right host, port, user, password and database. Nothing was changed.",
    );
  }
  return new DbConfigError(`Cannot use ${target.display}: ${message}. Nothing was changed.`);
}

// Demo seeding only in demo mode, asked for with PORTAL_DEMO (lib/config): never because a variable is missing.
function isDemoModeFor(target: DbTarget): boolean {
  return isDemoMode({ ...process.env, DATABASE_URL: target.kind === "postgres" ? target.connectionString : undefined });
}

/**
 * One warning line at start when the portal's own role owns the audit table or may change it (the one-role set-up):
 * its credentials could then switch the append-only triggers off. Least privilege: docs/operations.md section 3.
 */
async function warnIfAuditTrailUnprotected(prisma: PrismaClient): Promise<void> {
  const unprotected = await auditTableUnprotected((sql) => prisma.$queryRawUnsafe(sql)).catch(() => false);
  if (unprotected) {
    logger.warn("startup.audit-trail-unprotected", {
      component: "portal",
      reason:
        "the role of DATABASE_URL owns the audit table or may change it: use an owner role for migrations (MIGRATION_DATABASE_URL), docs/operations.md section 3",
    });
  }
}

/** Opens the database, applies pending migrations and (embedded only) seeds demo data into an empty database. */
export async function prepareDatabase(
  given?: DbTarget,
  options: {
    seedDemo?: boolean;
    /** the owner's URL; default MIGRATION_DATABASE_URL when the target is the configured one */ migrationUrl?:
      string | null;
  } = {},
): Promise<OpenedDb> {
  const targetGiven = given !== undefined;
  const target = given ?? resolveDbTarget();
  const opened = await openDb(target);
  try {
    try {
      await opened.prisma.$queryRawUnsafe("select 1");
    } catch (error) {
      throw explainConnectionError(target, error);
    }
    if (target.kind === "pglite") {
      await applyMigrations({ kind: "pglite", client: opened.pglite! });
    } else {
      // With MIGRATION_DATABASE_URL the owner role migrates and grants the portal's role its rights (decision 036).
      const migrationUrl =
        options.migrationUrl !== undefined ? options.migrationUrl : targetGiven ? null : resolveMigrationUrl();
      await migratePostgres(target.connectionString, migrationUrl);
      await warnIfAuditTrailUnprotected(opened.prisma);
    }
    // Demo data only in demo mode (PORTAL_DEMO on the embedded database or a PostgreSQL on this machine).
    const seedDemo = options.seedDemo ?? isDemoModeFor(target);
    if (seedDemo && (await opened.prisma.organisation.count()) === 0) {
      const { seedDemoData } = await import("@/prisma/seed-data");
      await seedDemoData(opened.prisma, { activity: true });
    }
    return opened;
  } catch (error) {
    await opened.close().catch(() => {});
    throw error;
  }
}

export async function getDb(): Promise<PrismaClient> {
  cache.ready ??= prepareDatabase().catch((error: unknown) => {
    cache.ready = undefined;
    throw error;
  });
  return (await cache.ready).prisma;
}

/** Tests point the data layer at their own database (a fresh PGlite or PostgreSQL database per file). */
export function useDatabaseForTests(opened: OpenedDb): void {
  if (process.env.VITEST === undefined) throw new Error("useDatabaseForTests is for tests only");
  cache.ready = Promise.resolve(opened);
}

/** Closes the database cleanly (PGlite flushes its data directory); used on shutdown. */
export async function closeDb(): Promise<void> {
  const ready = cache.ready;
  cache.ready = undefined;
  if (ready) await (await ready).close();
}

/** The opened database with its target and (embedded) PGlite instance: for the background job queue. */
export async function getOpenedDb(): Promise<OpenedDb> {
  await getDb();
  return cache.ready!;
}
