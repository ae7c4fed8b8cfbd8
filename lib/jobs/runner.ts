// Background jobs on pg-boss 10 (decision 008): delivering the e-mail outbox and the daily tasks (lib/jobs/daily.ts).
// The runner lives in lib/jobs, above the features whose daily work it runs; the features that write notifications
// ask for a delivery through lib/notifications/kick.ts, so no feature imports lib/jobs (decision 057).
// pg-boss keeps its queue in the same database (schema "pgboss"), so several app instances share the
// work, scheduled jobs survive restarts, and each job is taken by one instance at a time. On the embedded
// PGlite it runs through an adapter on the one PGlite connection.
//
// The schema and the queues are created by the migrations (prisma/migrations/*_job_runner_schema), never
// by pg-boss at start (migrate: false): the application role needs no CREATE, and instances that start
// together do not race (docs/decisions/035-custom-server-and-graceful-shutdown.md). A start that fails is
// retried with backoff and logged with its reason; every job run is logged (queue, duration, items, outcome);
// lib/jobs/status.ts reports the runner and the age of each recurring job's last run.
import PgBoss from "pg-boss";
import type { PGlite } from "@electric-sql/pglite";
import { getOpenedDb } from "@/lib/db";
import { deliverPending } from "@/lib/notifications/deliver";
import { DELIVER, setDeliveryQueue } from "@/lib/notifications/kick";
import { runDailyTasks } from "./daily";
import { createMailTransport, type MailTransport } from "@/lib/notifications/transport";
import { errorFields, logError, logger } from "@/lib/log";
import { mailDigestMinutes } from "@/lib/config";

export { DELIVER };
export const REMINDERS = "decision-reminders";
/** Signed checkpoints of the audit chains' heads (lib/audit/checkpoint-writer.ts, decision 036). */
export const AUDIT_CHECKPOINT = "audit-checkpoint";

/** The recurring jobs, their schedule and the interval a health check expects them to run within. */
export const RECURRING_JOBS = [
  { queue: DELIVER, cron: "* * * * *", intervalSeconds: 60 },
  { queue: REMINDERS, cron: "0 8 * * *", intervalSeconds: 24 * 3600 },
] as const;

export type RunnerStatus = "off" | "starting" | "retrying" | "running" | "stopped";

export interface RunnerState {
  status: RunnerStatus;
  attempts: number;
  /** Name and code of the last start failure (never its message). */
  lastError?: { errorName: string; errorCode?: string };
  /** The mail transport could not be created (a malformed SMTP_URL): e-mails wait in the outbox. */
  mailProblem?: string;
  nextAttemptAt?: Date;
}

type State = {
  boss?: PgBoss;
  starting?: Promise<void>;
  retryTimer?: NodeJS.Timeout;
  stopped?: boolean;
  runner: RunnerState;
};
const state: State = ((globalThis as { __portalJobs?: State }).__portalJobs ??= {
  runner: { status: "off", attempts: 0 },
});
state.runner ??= { status: "off", attempts: 0 };

export function runnerState(): RunnerState {
  return { ...state.runner };
}

/**
 * pg-boss sends parameter-less multi-statement scripts (with their own BEGIN/COMMIT); PGlite's query()
 * takes one statement, so those run through exec() inside a PGlite transaction, which also rolls a
 * failed script back before anyone else uses the connection.
 */
function pgliteDb(pglite: PGlite) {
  return {
    async executeSql(text: string, values: unknown[]) {
      if (values && values.length) return { rows: (await pglite.query(text, values)).rows };
      const results = await pglite.transaction((tx) => tx.exec(text));
      return { rows: results.length ? (results[results.length - 1]!.rows as unknown[]) : [] };
    },
  };
}

/** Backoff between start attempts: 1 s, 2 s, 4 s, ... at most 60 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

/** The mail transport, or the reason it cannot be made, in words for the operator (the setting, not its value). */
function mailTransport(): { transport: MailTransport | null; problem?: string } {
  try {
    return { transport: createMailTransport() };
  } catch (error) {
    const problem =
      "SMTP_URL is not a valid SMTP address (expected smtp://user:password@host:port or smtps://...): " +
      "no e-mail is sent; e-mails wait in the outbox until SMTP_URL is corrected and the portal restarted.";
    logError("jobs.mail-transport-invalid", error, { component: "jobs", configError: problem });
    return { transport: null, problem };
  }
}

/** Runs one job and logs it: queue, duration, items handled, outcome. A failure is rethrown (pg-boss retries). */
async function logged<T>(queue: string, run: () => Promise<T>, items: (result: T) => number): Promise<T> {
  const started = performance.now();
  try {
    const result = await run();
    logger.info("job.finished", {
      component: "jobs",
      queue,
      durationMs: Math.round(performance.now() - started),
      count: items(result),
      outcome: "ok",
    });
    return result;
  } catch (error) {
    logError("job.finished", error, {
      component: "jobs",
      queue,
      durationMs: Math.round(performance.now() - started),
      outcome: "failed",
    });
    throw error;
  }
}

async function attemptStart(): Promise<void> {
  const opened = await getOpenedDb();
  // migrate: false: pg-boss only checks that the migrations installed its schema (version 24).
  const boss =
    opened.target.kind === "pglite"
      ? new PgBoss({ db: pgliteDb(opened.pglite!), schema: "pgboss", migrate: false })
      : new PgBoss({ connectionString: opened.target.connectionString, schema: "pgboss", max: 3, migrate: false });
  boss.on("error", (error) => logError("jobs.error", error, { component: "jobs" }));
  try {
    await boss.start();
    for (const { queue } of RECURRING_JOBS) {
      if (!(await boss.getQueue(queue)))
        throw new JobsSchemaError(`queue ${queue} is missing: run the migrations (npm run db:migrate)`);
    }
    const { transport, problem } = mailTransport();
    state.runner.mailProblem = problem;
    // Production waits a quarter of an hour to bundle events into one e-mail; the demo shows them at once.
    const digestMinutes = mailDigestMinutes(transport?.name === "demo");
    await boss.work(DELIVER, { pollingIntervalSeconds: 2 }, async () => {
      await logged(
        DELIVER,
        async () => (transport ? deliverPending(opened.prisma, transport, { digestMinutes }) : null),
        (report) => report?.messages ?? 0,
      );
    });
    await boss.work(REMINDERS, { pollingIntervalSeconds: 30 }, async () => {
      await logged(
        REMINDERS,
        () => runDailyTasks(opened.prisma),
        (result) => Object.values(result).filter((outcome) => outcome === "ok").length,
      );
      await boss.send(DELIVER, {}, { singletonKey: "deliver" });
    });
    // A safety net every minute (and after a restart), besides the nudge after each change.
    for (const job of RECURRING_JOBS) await boss.schedule(job.queue, job.cron, {}, { tz: "Europe/Amsterdam" });
    // Anchors each audit chain's head outside the database every AUDIT_CHECKPOINT_MINUTES (one instance per cycle).
    // A bad AUDIT_CHECKPOINT_* setting is named in the log and leaves the other jobs running (the validated
    // configuration module is to stop the start for it).
    const { readAuditCheckpointSettings } = await import("@/lib/audit/settings");
    const { writeAuditCheckpoints } = await import("@/lib/audit/checkpoint-writer");
    let checkpointCron: string | undefined;
    try {
      checkpointCron = readAuditCheckpointSettings().cron;
    } catch (error) {
      logError("audit.checkpoint-failed", error, { component: "audit", configError: (error as Error).message });
    }
    if (checkpointCron) {
      await boss.work(AUDIT_CHECKPOINT, { pollingIntervalSeconds: 30 }, async () => {
        await logged(
          AUDIT_CHECKPOINT,
          () => writeAuditCheckpoints("interval", { db: opened.prisma }),
          (written) => written.length,
        );
      });
      await boss.schedule(AUDIT_CHECKPOINT, checkpointCron, {}, { tz: "Europe/Amsterdam" });
    }
    state.boss = boss;
    setDeliveryQueue(boss);
    logger.info("jobs.started", {
      component: "jobs",
      transport: transport?.name ?? "none (e-mails wait in the outbox)",
      attempt: state.runner.attempts,
    });
  } catch (error) {
    await boss.stop({ graceful: false, wait: true, timeout: 1000 }).catch(() => {});
    // A start that failed half-way leaves pg-boss "stopped", so stop() returned at once: close its pool here.
    const db = boss.getDb() as { opened?: boolean; close?: () => Promise<void> };
    if (opened.target.kind !== "pglite" && db.opened) await db.close?.().catch(() => {});
    throw error;
  }
}

class JobsSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JobsSchemaError";
  }
}

/**
 * Starts the job runner. Resolves after the first attempt; when it fails, the runner tries again with
 * backoff (1 s, 2 s, 4 s ... 60 s) until it runs or the server stops, logging each failure and its reason.
 */
export async function startJobs(): Promise<void> {
  if (state.boss || state.starting) return state.starting;
  state.stopped = false;
  const attempt = async (): Promise<void> => {
    state.runner.attempts += 1;
    state.runner.status = state.runner.attempts === 1 ? "starting" : "retrying";
    try {
      await attemptStart();
      state.runner.status = "running";
      state.runner.lastError = undefined;
      state.runner.nextAttemptAt = undefined;
    } catch (error) {
      const delay = retryDelayMs(state.runner.attempts);
      state.runner.lastError = errorFields(error);
      state.runner.status = "retrying";
      state.runner.nextAttemptAt = new Date(Date.now() + delay);
      // Our own errors say what to do; a database or pg-boss error by name and code only.
      logError("jobs.start-failed", error, {
        component: "jobs",
        attempt: state.runner.attempts,
        retryInSeconds: delay / 1000,
        configError: error instanceof JobsSchemaError ? error.message : undefined,
      });
      if (state.stopped) return;
      state.retryTimer = setTimeout(() => {
        state.retryTimer = undefined;
        if (state.stopped) return;
        state.starting = attempt().finally(() => {
          if (state.boss) state.starting = undefined;
        });
      }, delay);
      state.retryTimer.unref?.();
    }
  };
  state.starting = attempt().finally(() => {
    if (state.boss) state.starting = undefined;
  });
  return state.starting;
}

/**
 * Stops taking jobs and waits for the running ones (at most `timeoutMs`); jobs still running then are
 * handed back (failed, so pg-boss retries them on another instance).
 */
export async function stopJobs(timeoutMs = 5000): Promise<void> {
  state.stopped = true;
  if (state.retryTimer) clearTimeout(state.retryTimer);
  state.retryTimer = undefined;
  await state.starting?.catch(() => {});
  const boss = state.boss;
  state.boss = undefined;
  setDeliveryQueue(undefined);
  state.starting = undefined;
  state.runner = { status: "stopped", attempts: 0 };
  if (boss) await boss.stop({ graceful: true, wait: true, timeout: timeoutMs }).catch(() => {});
}
