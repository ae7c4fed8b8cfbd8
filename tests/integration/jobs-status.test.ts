// What the operator sees of the background jobs (issue 20): /api/health/jobs and the administrator's page
// read lib/jobs/status.ts, which reports this instance's runner and, from pg-boss's tables (created by the
// migrations), the age of each recurring job's last run; a job that has not run for twice its interval is
// a warning. Also: the runner retries a failed start and says why, and a malformed SMTP_URL is reported as
// SMTP's problem while the other jobs keep running.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as jobsHealth } from "@/app/api/health/jobs/route";
import { getJobsOverview } from "@/lib/jobs/data";
import { readJobsStatus } from "@/lib/jobs/status";
import { runnerState, startJobs, stopJobs } from "@/lib/jobs/runner";
import { setLogSink } from "@/lib/log";
import { openSeededDb } from "@/tests/support/seeded";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { viewerByName } from "@/tests/support/viewer";

const RUNNING = { status: "running" as const, attempts: 1 };

describe.each(DB_KINDS)("background job status on %s", (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openSeededDb(kind);
  }, 120_000);
  afterAll(async () => {
    await stopJobs();
    await db?.close();
  });

  async function completedRun(queue: string, secondsAgo: number) {
    await db.prisma.$executeRawUnsafe(
      `insert into pgboss.job (name, state, completed_on, policy) values ($1, 'completed', now() - make_interval(secs => $2), 'short')`,
      queue,
      secondsAgo,
    );
  }

  it("never scheduled (no runner ever started) is a warning; scheduled but not run yet is not", async () => {
    const never = await readJobsStatus(db.prisma, new Date(), RUNNING);
    expect(never.jobs.map((j) => [j.queue, j.health, j.lastRunAt])).toEqual([
      ["deliver-mail", "warning", null],
      ["decision-reminders", "warning", null],
    ]);
    // A runner's start creates the schedules (pg-boss schedule()); nothing has run yet.
    await db.prisma.$executeRawUnsafe(
      `insert into pgboss.schedule (name, cron) values ('deliver-mail', '* * * * *'), ('decision-reminders', '0 8 * * *')`,
    );
    const status = await readJobsStatus(db.prisma, new Date(), RUNNING);
    expect(status.jobs.map((j) => [j.queue, j.health, j.lastRunAt])).toEqual([
      ["deliver-mail", "not-yet-due", null],
      ["decision-reminders", "not-yet-due", null],
    ]);
    expect(status.status).toBe("ok");
  });

  it("reports each job's last run and warns when it is older than twice the interval", async () => {
    await completedRun("deliver-mail", 30);
    await completedRun("decision-reminders", 3 * 86_400);
    const status = await readJobsStatus(db.prisma, new Date(), RUNNING);
    const [mail, daily] = status.jobs;
    expect(mail).toMatchObject({ queue: "deliver-mail", health: "ok" });
    expect(mail!.ageSeconds).toBeGreaterThanOrEqual(29);
    expect(mail!.ageSeconds).toBeLessThan(120);
    expect(daily).toMatchObject({ queue: "decision-reminders", health: "warning" });
    expect(status.status).toBe("warning");
    // Five minutes on, the mail job (every minute) is overdue too.
    const later = await readJobsStatus(db.prisma, new Date(Date.now() + 5 * 60_000), RUNNING);
    expect(later.jobs[0]!.health).toBe("warning");
    // A fresh daily run clears the warning.
    await completedRun("decision-reminders", 60);
    expect((await readJobsStatus(db.prisma, new Date(), RUNNING)).status).toBe("ok");
  });

  it("a runner that is not running is a warning; /api/health/jobs answers 503 then", async () => {
    const response = await jobsHealth();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.runner.status).not.toBe("running");
    expect(body.jobs).toHaveLength(2);
  });

  it("the administrator's page data: the jobs area only (checked in the data layer)", async () => {
    // Administrators and HR (HR reaches every administration area, decision 032); nobody else.
    for (const name of ["Pieter Mulder", "Linda Smit"]) {
      const overview = await getJobsOverview(await viewerByName(db.prisma, name));
      expect(overview.jobs.map((j) => j.queue)).toEqual(["deliver-mail", "decision-reminders"]);
    }
    for (const name of ["Ahmed Yilmaz", "Jeroen Bakker", "Fatima El Amrani"]) {
      await expect(getJobsOverview(await viewerByName(db.prisma, name))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("starts the runner from the migrated schema, runs and logs a job, and reports it running", async () => {
    const lines: string[] = [];
    setLogSink({ stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
    try {
      await startJobs();
      expect(runnerState().status).toBe("running");
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && !lines.some((l) => l.includes('"event":"job.finished"')))
        await new Promise((r) => setTimeout(r, 200));
      const run = lines.map((l) => JSON.parse(l)).find((l) => l.event === "job.finished");
      expect(run).toMatchObject({
        queue: "deliver-mail",
        outcome: "ok",
        count: expect.any(Number),
        durationMs: expect.any(Number),
      });
      const response = await jobsHealth();
      const body = await response.json();
      expect(body.runner.status).toBe("running");
    } finally {
      await stopJobs();
      setLogSink();
    }
  }, 60_000);

  it("a malformed SMTP_URL is named as SMTP's problem, and the runner still runs the other jobs", async () => {
    const lines: string[] = [];
    setLogSink({ stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
    const saved = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://[broken";
    try {
      await startJobs();
      const state = runnerState();
      expect(state.status).toBe("running");
      expect(state.mailProblem).toMatch(/SMTP_URL/);
      const problem = lines.map((l) => JSON.parse(l)).find((l) => l.event === "jobs.mail-transport-invalid");
      expect(problem?.configError).toMatch(/^SMTP_URL is not a valid SMTP address/);
      expect(JSON.stringify(lines)).not.toContain("[broken");
      expect((await readJobsStatus(db.prisma, new Date())).status).toBe("warning");
    } finally {
      if (saved === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = saved;
      await stopJobs();
      setLogSink();
    }
  }, 60_000);

  it("a failed start is logged with its reason and retried with backoff until the runner runs", async () => {
    const lines: string[] = [];
    setLogSink({ stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
    await db.prisma.$executeRawUnsafe(`alter table pgboss.version rename to version_away`);
    try {
      await startJobs();
      expect(runnerState()).toMatchObject({ status: "retrying", attempts: 1 });
      const failed = lines.map((l) => JSON.parse(l)).find((l) => l.event === "jobs.start-failed");
      expect(failed).toMatchObject({
        level: "error",
        component: "jobs",
        attempt: 1,
        retryInSeconds: 1,
        errorName: "Error",
      });
      await db.prisma.$executeRawUnsafe(`alter table pgboss.version_away rename to version`);
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline && runnerState().status !== "running") await new Promise((r) => setTimeout(r, 100));
      expect(runnerState()).toMatchObject({ status: "running" });
      expect(runnerState().attempts).toBeGreaterThanOrEqual(2);
      expect(lines.some((l) => l.includes('"event":"jobs.started"'))).toBe(true);
    } finally {
      await db.prisma.$executeRawUnsafe(`alter table if exists pgboss.version_away rename to version`);
      await stopJobs();
      setLogSink();
    }
  }, 60_000);
});
