// The retention purge (AVG art. 5(1)(e)): per organisation, removes what is past its retention period.
//
// - Never removed: open declarations (submitted, information requested, escalated), side jobs that still
//   run, register entries that are pending or published, audit events (facts only; the chain must stay
//   complete), people, organisation settings.
// - Order is foreign-key safe (Decision, DeclarationMessage and RegisterEntry restrict deleting a
//   declaration): ended register entries first, then per declaration its messages, decisions and the
//   notifications/e-mails that point to it, then the declaration itself (Declaration.relatedId of a
//   follow-up becomes null); then notifications, the e-mail outbox, sent e-mails, campaign responses and
//   staged imports.
// - Bounded batches, each in its own transaction that also adds the batch's counts to the PurgeRun, so the
//   run record always says what was removed, even when a later batch fails. Counts only, never contents.
// - Idempotent: a second run finds nothing more. Two runs at once are harmless: each counts what it
//   actually deleted.
// - A dry run walks the same selection without deleting, so the confirmation step shows what a run would remove.
// The kinds of record are in lib/privacy/purge/steps.ts (declarations in declarations.ts), the counts in counts.ts.
import { Prisma, type RetentionCategory } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { RETENTION_CATEGORIES, effectiveRetention, retentionCutoff } from "../retention";
import { logError } from "@/lib/log";
import { addCounts, emptyCounts, totalRemoved, type RemovedCounts } from "./counts";
import type { Context, Db, Step, Tx } from "./step";
import { STEPS } from "./steps";

export { COUNT_KINDS, emptyCounts, readCounts, totalRemoved, type RemovedCounts } from "./counts";

export async function retentionMonths(db: Db | Tx, organisationId: string): Promise<Record<RetentionCategory, number>> {
  const rows = await db.retentionRule.findMany({
    where: { organisationId },
    select: { category: true, retentionMonths: true },
  });
  return effectiveRetention(rows);
}

export interface PurgeOptions {
  now?: Date;
  /** Records per batch (one transaction each). */
  batchSize?: number;
  /** Upper bound of batches per kind of record in one run: the rest waits for the next run. */
  maxBatches?: number;
}

async function context(db: Db, organisationId: string, now: Date): Promise<Context> {
  const months = await retentionMonths(db, organisationId);
  const cutoff = Object.fromEntries(RETENTION_CATEGORIES.map((c) => [c, retentionCutoff(now, months[c])])) as Record<
    RetentionCategory,
    Date
  >;
  return { organisationId, now, months, cutoff };
}

/** Walks every step in batches; `onBatch` decides what to do with each batch (count or delete, in a transaction). */
async function walk(
  db: Db,
  ctx: Context,
  options: PurgeOptions,
  onBatch: (step: Step, ids: string[]) => Promise<void>,
): Promise<void> {
  const take = options.batchSize ?? 200;
  const maxBatches = options.maxBatches ?? 100;
  for (const step of STEPS) {
    let after: string | null = null;
    for (let batch = 0; batch < maxBatches; batch++) {
      const ids = await step.next(db, ctx, after, take);
      if (ids.length === 0) break;
      await onBatch(step, ids);
      after = ids[ids.length - 1]!;
      if (ids.length < take) break;
    }
  }
}

/** What a run would remove now: the same selection as a run, nothing deleted. */
export async function previewPurge(db: Db, organisationId: string, options: PurgeOptions = {}): Promise<RemovedCounts> {
  const ctx = await context(db, organisationId, options.now ?? new Date());
  let counts = emptyCounts();
  await walk(db, ctx, options, async (step, ids) => {
    counts = addCounts(counts, await step.apply(db, ctx, ids, "count"));
  });
  return counts;
}

export interface PurgeResult {
  runId: string;
  removed: RemovedCounts;
}

/**
 * Removes what is past its retention in one organisation and records the run. `trigger` is "schedule" for
 * the daily job, or the id of the person who started it (also the audit event's actor).
 */
export async function purgeOrganisation(
  db: Db,
  organisationId: string,
  trigger: { kind: "schedule" } | { kind: "person"; personId: string },
  options: PurgeOptions = {},
): Promise<PurgeResult> {
  const now = options.now ?? new Date();
  const ctx = await context(db, organisationId, now);
  const run = await db.purgeRun.create({
    data: {
      organisationId,
      trigger: trigger.kind === "schedule" ? "schedule" : trigger.personId,
      removed: emptyCounts() as unknown as Prisma.InputJsonObject,
      startedAt: now,
    },
    select: { id: true },
  });
  let removed = emptyCounts();
  await walk(db, ctx, options, async (step, ids) => {
    removed = await db.$transaction(async (tx) => {
      const next = addCounts(removed, await step.apply(tx, ctx, ids, "delete"));
      await tx.purgeRun.update({ where: { id: run.id }, data: { removed: next as unknown as Prisma.InputJsonObject } });
      return next;
    });
  });
  await db.$transaction(async (tx) => {
    await tx.purgeRun.update({
      where: { id: run.id },
      data: { finishedAt: new Date(Math.max(Date.now(), now.getTime())) },
    });
    await recordAudit(tx, {
      organisationId,
      actorId: trigger.kind === "person" ? trigger.personId : null,
      action: "privacy.purged",
      entityType: "PurgeRun",
      entityId: run.id,
      data: {
        trigger: trigger.kind,
        removed: removed as unknown as Prisma.InputJsonObject,
        retentionMonths: ctx.months as unknown as Prisma.InputJsonObject,
      },
    });
  });
  return { runId: run.id, removed };
}

/** The daily task (lib/jobs/daily.ts): every organisation, one after the other; one failing does not stop the rest. */
export async function purgeAllOrganisations(
  db: Db,
  at: Date = new Date(),
  options: PurgeOptions = {},
): Promise<Record<string, number>> {
  const organisations = await db.organisation.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const result: Record<string, number> = {};
  const failed: string[] = [];
  for (const { id } of organisations) {
    try {
      result[id] = totalRemoved(
        (await purgeOrganisation(db, id, { kind: "schedule" }, { ...options, now: at })).removed,
      );
    } catch (error) {
      logError("privacy.purge-failed", error, { component: "privacy", organisationId: id });
      failed.push(id);
    }
  }
  if (failed.length > 0) throw new Error(`purge failed for ${failed.length} organisation(s)`);
  return result;
}
