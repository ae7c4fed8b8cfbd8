// Background jobs on pg-boss 10 (decision 008): delivering the e-mail outbox and the daily tasks (lib/jobs/daily.ts).
// pg-boss keeps its queue in the same database (schema "pgboss"), so several app instances share the
// work, scheduled jobs survive restarts, and each job is taken by one instance at a time. On the embedded
// PGlite it runs through an adapter on the one PGlite connection.
import PgBoss from "pg-boss";
import type { PGlite } from "@electric-sql/pglite";
import { getOpenedDb } from "@/lib/db";
import { deliverPending } from "./deliver";
import { runDailyTasks } from "@/lib/jobs/daily";
import { createMailTransport } from "./transport";
import { logError, logger } from "@/lib/log";

const DELIVER = "deliver-mail";
const REMINDERS = "decision-reminders";
/** Signed checkpoints of the audit chains' heads (lib/audit/checkpoint-writer.ts, decision 036). */
const AUDIT_CHECKPOINT = "audit-checkpoint";

type State = { boss?: PgBoss; starting?: Promise<void> };
const state: State = ((globalThis as { __portalJobs?: State }).__portalJobs ??= {});

/**
 * pg-boss sends parameter-less multi-statement scripts (with their own BEGIN/COMMIT); PGlite's query()
 * takes one statement, so those run through exec() inside a PGlite transaction, which also rolls a
 * failed script back before anyone else uses the connection.
 */
function pgliteDb(pglite: PGlite) {
  return {
    async executeSql(text: string, values: unknown[]) {
      if (values && values.length) return { rows: (await pglite.query(text, values as never[])).rows };
      const results = await pglite.transaction((tx) => tx.exec(text));
      return { rows: results.length ? (results[results.length - 1]!.rows as unknown[]) : [] };
    },
  };
}

export async function startJobs(): Promise<void> {
  if (state.boss || state.starting) return state.starting;
  state.starting = (async () => {
    const opened = await getOpenedDb();
    const boss =
      opened.target.kind === "pglite"
        ? new PgBoss({ db: pgliteDb(opened.pglite!), schema: "pgboss" })
        : new PgBoss({ connectionString: opened.target.connectionString, schema: "pgboss", max: 3 });
    boss.on("error", (error) => logError("jobs.error", error, { component: "jobs" }));
    await boss.start();
    await boss.createQueue(DELIVER, { name: DELIVER, policy: "short" });
    await boss.createQueue(REMINDERS, { name: REMINDERS, policy: "short" });
    const transport = createMailTransport();
    // Production waits a quarter of an hour to bundle events into one e-mail; the demo shows them at once.
    const digestMinutes = Number(process.env.MAIL_DIGEST_MINUTES ?? (transport?.name === "demo" ? 0 : 15));
    await boss.work(DELIVER, { pollingIntervalSeconds: 2 }, async () => {
      if (!transport) return;
      await deliverPending(opened.prisma, transport, { digestMinutes: Number.isFinite(digestMinutes) ? digestMinutes : 15 });
    });
    await boss.work(REMINDERS, { pollingIntervalSeconds: 30 }, async () => {
      await runDailyTasks(opened.prisma);
      await boss.send(DELIVER, {}, { singletonKey: "deliver" });
    });
    // A safety net every minute (and after a restart), besides the nudge after each change.
    await boss.schedule(DELIVER, "* * * * *", {}, { tz: "Europe/Amsterdam" });
    await boss.schedule(REMINDERS, "0 8 * * *", {}, { tz: "Europe/Amsterdam" });
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
      await boss.createQueue(AUDIT_CHECKPOINT, { name: AUDIT_CHECKPOINT, policy: "short" });
      await boss.work(AUDIT_CHECKPOINT, { pollingIntervalSeconds: 30 }, async () => {
        await writeAuditCheckpoints("interval", { db: opened.prisma });
      });
      await boss.schedule(AUDIT_CHECKPOINT, checkpointCron, {}, { tz: "Europe/Amsterdam" });
    }
    state.boss = boss;
    logger.info("jobs.started", { component: "jobs", transport: transport?.name ?? "none (e-mails wait in the outbox)" });
  })().catch((error: unknown) => {
    state.starting = undefined;
    logError("jobs.start-failed", error, { component: "jobs" });
  });
  return state.starting;
}

/** Asks for a delivery soon. Called after a transaction that wrote notifications has committed. */
export function kickDelivery(): void {
  // Never inside a transaction: on PGlite that would wait for the transaction that is waiting for it.
  state.boss?.send(DELIVER, {}, { singletonKey: "deliver" }).catch(() => {});
}

export async function stopJobs(): Promise<void> {
  const boss = state.boss;
  state.boss = undefined;
  state.starting = undefined;
  if (boss) await boss.stop({ graceful: true, wait: true, timeout: 5000 }).catch(() => {});
}
