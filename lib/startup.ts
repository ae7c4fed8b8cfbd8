// Server start and stop: check the configuration, open and migrate the database, and close it cleanly
// on SIGTERM/SIGINT (an embedded PGlite directory must be closed, not abandoned, to stay consistent).
import { closeDb, getDb, resolveDbTarget } from "@/lib/db";
import { readOidcConfig } from "@/lib/auth/oidc";

export async function startServer(): Promise<void> {
  try {
    readOidcConfig();
    await import("@/lib/auth/policy");
    (await import("@/lib/rate-limit/config")).rateLimitSettings();
    const target = resolveDbTarget();
    await getDb();
    console.log(`[portal] database ready: ${target.display}`);
    if (process.env.PORTAL_JOBS !== "off") {
      const { startJobs } = await import("@/lib/notifications/jobs");
      await startJobs();
    }
  } catch (error) {
    console.error(`\n[portal] cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      import("@/lib/notifications/jobs")
        .then(({ stopJobs }) => stopJobs())
        .then(() => closeDb())
        .catch((error: unknown) => console.error("[portal] closing the database failed", (error as Error).message))
        .finally(() => process.exit(0));
    });
  }
}
