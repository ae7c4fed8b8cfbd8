// Server start and stop: check the configuration, open and migrate the database, and close it cleanly
// on SIGTERM/SIGINT (an embedded PGlite directory must be closed, not abandoned, to stay consistent).
import { closeDb, getDb } from "@/lib/db";
import { loadConfigOrExit } from "@/lib/config/load";
import { logError, logger } from "@/lib/log";

// Errors whose text is ours and tells the operator what to fix (DbConfigError, MigrationError, and the plain
// Errors of the configuration checks in lib/auth/policy.ts): logged with their text at start-up. A Prisma or
// driver error (other names) is logged by name and code only.
const CONFIG_ERRORS = new Set(["ConfigError", "DbConfigError", "MigrationError", "Error"]);

export async function startServer(): Promise<void> {
  // Every setting, checked once before anything else (lib/config): a bad one stops the start with exit 1
  // and one JSON line naming it.
  const config = loadConfigOrExit();
  try {
    await getDb();
    logger.info("startup.database-ready", { component: "portal", database: config.database.display });
    if (config.jobs) {
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
        .then(() => closeDb())
        .catch((error: unknown) => logError("shutdown.close-failed", error, { component: "portal", signal }))
        .finally(() => process.exit(0));
    });
  }
}
