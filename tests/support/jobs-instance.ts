// One portal instance's job side, for tests/integration/jobs-start.test.ts: opens (and migrates) the database
// DATABASE_URL names, starts the job runner as lib/startup.ts does, then asks for an e-mail delivery every
// 300 ms; the runner logs each job it ran ("job.finished", lib/log.ts JSON lines on stdout). SIGTERM stops
// the runner and closes the database.
//
//   node --conditions=react-server --import tsx tests/support/jobs-instance.ts
import { closeDb, getDb } from "@/lib/db";
import { kickDelivery } from "@/lib/notifications/kick";
import { startJobs, stopJobs } from "@/lib/jobs/runner";
import { logger } from "@/lib/log";

// The handler comes first: the runner can run (and log) its first job before startJobs() has resolved, and a
// SIGTERM then must still stop it gracefully rather than kill the process (exit code null).
let timer: NodeJS.Timeout | undefined = undefined;
let started: Promise<void> = Promise.resolve();
process.once("SIGTERM", () => {
  if (timer) clearInterval(timer);
  void started
    .catch(() => undefined)
    .then(() => stopJobs(2000))
    .then(() => closeDb())
    .finally(() => {
      logger.info("test-instance.stopped", { component: "jobs" });
      process.exit(0);
    });
});

await getDb();
started = startJobs();
await started;
timer = setInterval(() => kickDelivery(), 300);
