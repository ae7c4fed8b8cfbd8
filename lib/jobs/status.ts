// The state of the background jobs, for /api/health/jobs and the administrator's page /beheer/taken:
// this instance's job runner (running, retrying and why) and, from pg-boss's tables (shared by every
// instance), the last successful run of each recurring job. A job that has not run for twice its interval
// is a warning. No personal data: queue names, times and error names/codes only.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { RECURRING_JOBS, runnerState, type RunnerState } from "./runner";

export type JobHealth = "ok" | "warning" | "not-yet-due";

export interface RecurringJobStatus {
  queue: string;
  intervalSeconds: number;
  lastRunAt: Date | null;
  /** Seconds since the last successful run (null: never ran). */
  ageSeconds: number | null;
  health: JobHealth;
}

export interface JobsStatus {
  runner: RunnerState;
  jobs: RecurringJobStatus[];
  /** "ok" when the runner runs and no job is overdue. */
  status: "ok" | "warning";
}

interface LastRunRow {
  name: string;
  last_run: Date | null;
}

interface ScheduleRow {
  name: string;
  created_on: Date;
}

/**
 * The last completed run of each recurring job (pg-boss keeps completed jobs in pgboss.job, then moves them
 * to pgboss.archive for a week). A job that never ran counts from when its schedule was created, so a new
 * installation is not a warning before the first daily run was due.
 */
export async function readJobsStatus(
  db: PrismaClient,
  now: Date = new Date(),
  runner: RunnerState = runnerState(),
): Promise<JobsStatus> {
  const names = RECURRING_JOBS.map((j) => j.queue);
  let lastRuns: LastRunRow[] = [];
  let schedules: ScheduleRow[] = [];
  try {
    lastRuns = await db.$queryRawUnsafe<LastRunRow[]>(
      `select name, max(completed_on) as last_run from (
         select name, completed_on from pgboss.job where state = 'completed' and name = any($1::text[])
         union all
         select name, completed_on from pgboss.archive where state = 'completed' and name = any($1::text[])
       ) runs group by name`,
      names,
    );
    schedules = await db.$queryRawUnsafe<ScheduleRow[]>(
      `select name, created_on from pgboss.schedule where name = any($1::text[])`,
      names,
    );
  } catch {
    // The job runner's schema is missing (migrations not applied): every job is a warning below.
  }
  const jobs = RECURRING_JOBS.map((job): RecurringJobStatus => {
    const lastRunRaw = lastRuns.find((r) => r.name === job.queue)?.last_run ?? null;
    const lastRunAt = lastRunRaw ? new Date(lastRunRaw) : null;
    const scheduledRaw = schedules.find((s) => s.name === job.queue)?.created_on;
    const since = lastRunAt ?? (scheduledRaw ? new Date(scheduledRaw) : null);
    const ageSeconds = lastRunAt ? Math.max(0, Math.round((now.getTime() - lastRunAt.getTime()) / 1000)) : null;
    const sinceSeconds = since ? (now.getTime() - since.getTime()) / 1000 : Infinity;
    const overdue = sinceSeconds > 2 * job.intervalSeconds;
    return {
      queue: job.queue,
      intervalSeconds: job.intervalSeconds,
      lastRunAt,
      ageSeconds,
      health: overdue ? "warning" : lastRunAt ? "ok" : "not-yet-due",
    };
  });
  const status =
    runner.status === "running" && !runner.mailProblem && jobs.every((j) => j.health !== "warning") ? "ok" : "warning";
  return { runner, jobs, status };
}
