// The background jobs, for monitoring: this instance's job runner and the age of each recurring job's
// last run (lib/jobs/status.ts). 200 when the runner runs and no job is overdue (twice its interval),
// 503 with the same body otherwise. No personal data: queue names, times, error names and codes.
import { getDb } from "@/lib/db";
import { readJobsStatus } from "@/lib/jobs/status";

export const dynamic = "force-dynamic";

export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  let db;
  try {
    db = await getDb();
  } catch {
    return Response.json({ status: "unavailable", reason: "database-unavailable" }, { status: 503, headers });
  }
  const { runner, jobs, status } = await readJobsStatus(db);
  const body = {
    status,
    runner: {
      status: runner.status,
      attempts: runner.attempts,
      lastError: runner.lastError,
      nextAttemptAt: runner.nextAttemptAt?.toISOString(),
      mail: runner.mailProblem ? "SMTP_URL invalid: e-mails wait in the outbox" : "ok",
    },
    jobs: jobs.map((j) => ({
      queue: j.queue,
      intervalSeconds: j.intervalSeconds,
      lastRunAt: j.lastRunAt?.toISOString() ?? null,
      ageSeconds: j.ageSeconds,
      health: j.health,
    })),
  };
  return Response.json(body, { status: status === "ok" ? 200 : 503, headers });
}
