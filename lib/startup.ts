// Server start and stop: check the configuration, open and migrate the database, and close it cleanly
// on SIGTERM/SIGINT (an embedded PGlite directory must be closed, not abandoned, to stay consistent).
import { closeDb, getDb, resolveDbTarget } from "@/lib/db";
import { readOidcConfig } from "@/lib/auth/oidc";
import { logError, logger } from "@/lib/log";

// Errors whose text is ours and tells the operator what to fix (DbConfigError, MigrationError, and the plain
// Errors of the configuration checks in lib/auth/policy.ts): logged with their text at start-up. A Prisma or
// driver error (other names) is logged by name and code only.
const CONFIG_ERRORS = new Set(["DbConfigError", "MigrationError", "Error"]);

export async function startServer(): Promise<void> {
  try {
    readOidcConfig();
    await import("@/lib/auth/policy");
    (await import("@/lib/rate-limit/config")).rateLimitSettings();
    const target = resolveDbTarget();
    await getDb();
    logger.info("startup.database-ready", { component: "portal", database: target.display });
    if (process.env.PORTAL_JOBS !== "off") {
      const { startJobs } = await import("@/lib/notifications/jobs");
      await startJobs();
    }
  } catch (error) {
    // Our own configuration errors explain what to fix (and hold no personal data): log their text.
    // Anything else only by name and code.
    const ownConfigError = error instanceof Error && CONFIG_ERRORS.has(error.name);
    logError("startup.failed", error, { component: "portal", configError: ownConfigError ? (error as Error).message : undefined });
    process.exit(1);
  }
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      import("@/lib/notifications/jobs")
        .then(({ stopJobs }) => stopJobs())
        .then(() => import("@/lib/audit/checkpoint-writer").then((m) => m.writeAuditCheckpoints("shutdown"))) // AUDIT CHECKPOINT (issue 20.5): after requests and jobs end, before closeDb
        .then(() => closeDb())
        .catch((error: unknown) => logError("shutdown.close-failed", error, { component: "portal", signal }))
        .finally(() => process.exit(0));
    });
  }
}
