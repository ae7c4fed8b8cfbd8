// Server start and stop: check the configuration, open and migrate the database, and close it cleanly
// on SIGTERM/SIGINT (an embedded PGlite directory must be closed, not abandoned, to stay consistent): the
// shutdown itself is lib/shutdown.ts and scripts/serve.ts; this file registers what to stop and close.
import { closeDb, getDb } from "@/lib/db";
import { loadConfigOrExit } from "@/lib/startup-config";
import { logError, logger } from "@/lib/log";
import { markDraining, registerShutdownHooks, serverOwnsSignals } from "@/lib/shutdown";

// Errors whose text is ours and tells the operator what to fix (DbConfigError, MigrationError, and the plain
// Errors of the configuration checks in lib/auth/session-lifetime.ts): logged with their text at start-up. A Prisma or
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
      const { startJobs } = await import("@/lib/jobs/runner");
      // Not awaited past its first attempt: a failing job runner retries in the background (and says why)
      // while the portal serves requests.
      await startJobs();
    }
  } catch (error) {
    // Our own configuration errors explain what to fix (and hold no personal data): log their text.
    // Anything else only by name and code.
    const ownConfigError = error instanceof Error && CONFIG_ERRORS.has(error.name);
    logError("startup.failed", error, {
      component: "portal",
      configError: ownConfigError ? (error as Error).message : undefined,
    });
    process.exit(1);
  }
  registerShutdownHooks({
    stopJobs: async (timeoutMs) => (await import("@/lib/jobs/runner")).stopJobs(timeoutMs),
    // The chain heads are anchored outside the database after requests and jobs end, before it closes (decision 036).
    closeDatabase: async () => {
      await (await import("@/lib/audit/checkpoint-writer")).writeAuditCheckpoints("shutdown");
      await closeDb();
    },
  });
  // Under scripts/serve.ts (npm start, npm run serve, the tests) the server process drains the requests
  // and then calls the hooks above. Under `next dev` only: stop the jobs and close the database here.
  if (serverOwnsSignals()) return;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      markDraining(signal);
      import("@/lib/jobs/runner")
        .then(({ stopJobs }) => stopJobs(5000))
        .then(() => import("@/lib/audit/checkpoint-writer").then((m) => m.writeAuditCheckpoints("shutdown"))) // AUDIT CHECKPOINT (issue 20.5): after requests and jobs end, before closeDb
        .then(() => closeDb())
        .catch((error: unknown) => logError("shutdown.close-failed", error, { component: "portal", signal }))
        .finally(() => process.exit(0));
    });
  }
}
