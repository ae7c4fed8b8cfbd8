// One portal instance's job side, for tests/integration/jobs-start.test.ts: opens (and migrates) the database
// DATABASE_URL names, starts the job runner as lib/startup.ts does, then asks for an e-mail delivery every
// 300 ms; the runner logs each job it ran ("job.finished", lib/log.ts JSON lines on stdout). SIGTERM stops
// the runner and closes the database.
//
//   node --conditions=react-server --import tsx tests/support/jobs-instance.ts
import { closeDb, getDb } from "@/lib/db";
import { kickDelivery, startJobs, stopJobs } from "@/lib/notifications/jobs";
import { logger } from "@/lib/log";

await getDb();
await startJobs();
const timer = setInterval(() => kickDelivery(), 300);
process.once("SIGTERM", () => {
  clearInterval(timer);
  void stopJobs(2000)
    .then(() => closeDb())
    .finally(() => {
      logger.info("test-instance.stopped", { component: "jobs" });
      process.exit(0);
    });
});
