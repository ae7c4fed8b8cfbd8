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
import { Prisma, type PrismaClient, type RetentionCategory } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { RETENTION_CATEGORIES, closedSince, effectiveRetention, isPastRetention, retentionCutoff } from "./retention";
import { logError } from "@/lib/log";
import { ACCEPTED, CLOSED } from "@/lib/declarations/lifecycle";
import { OFF_REGISTER } from "@/lib/register/lifecycle";

type Tx = Prisma.TransactionClient;
type Db = PrismaClient;

/** What one run removed (or a dry run would remove): per category, per kind of record. */
export type RemovedCounts = Record<RetentionCategory, Record<string, number>>;

export const COUNT_KINDS: Record<RetentionCategory, string[]> = {
  CLOSED_DECLARATIONS: ["declarations", "decisions", "messages"],
  DRAFTS: ["declarations", "decisions", "messages"],
  REGISTER_HISTORY: ["registerEntries"],
  NOTIFICATIONS: ["notifications", "outboundEmails", "mailMessages"],
  CAMPAIGN_RESPONSES: ["campaignResponses"],
  PEOPLE_IMPORTS: ["peopleImports"],
};

export function emptyCounts(): RemovedCounts {
  return Object.fromEntries(
    RETENTION_CATEGORIES.map((c) => [c, Object.fromEntries(COUNT_KINDS[c].map((k) => [k, 0]))]),
  ) as RemovedCounts;
}

export function totalRemoved(counts: RemovedCounts): number {
  return Object.values(counts).reduce((sum, kinds) => sum + Object.values(kinds).reduce((a, b) => a + b, 0), 0);
}

/** Reads a stored `removed` value defensively (older or partial runs): every category and kind present. */
export function readCounts(value: unknown): RemovedCounts {
  const counts = emptyCounts();
  const source = (value ?? {}) as Record<string, Record<string, unknown>>;
  for (const category of RETENTION_CATEGORIES) {
    for (const kind of COUNT_KINDS[category]) {
      const n = source[category]?.[kind];
      if (typeof n === "number" && Number.isFinite(n)) counts[category][kind] = n;
    }
  }
  return counts;
}

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

interface Context {
  organisationId: string;
  now: Date;
  months: Record<RetentionCategory, number>;
  cutoff: Record<RetentionCategory, Date>;
}

type Mode = "count" | "delete";
type BatchCounts = Partial<Record<RetentionCategory, Record<string, number>>>;

/** One kind of record: how to find the next candidates, and what removing a batch of them means. */
interface Step {
  name: string;
  next(db: Db, ctx: Context, after: string | null, take: number): Promise<string[]>;
  apply(tx: Tx | Db, ctx: Context, ids: string[], mode: Mode): Promise<BatchCounts>;
}

const afterId = (after: string | null) => (after ? { id: { gt: after } } : {});

/** A step for records without dependants: candidates by a where clause, deleted by the same clause. */
function simpleStep<W>(
  name: string,
  category: RetentionCategory,
  kind: string,
  where: (ctx: Context) => W,
  model: (db: Tx | Db) => {
    findMany(args: unknown): Promise<{ id: string }[]>;
    deleteMany(args: unknown): Promise<{ count: number }>;
  },
): Step {
  return {
    name,
    async next(db, ctx, after, take) {
      const rows = await model(db).findMany({
        where: { AND: [where(ctx), afterId(after)] },
        orderBy: { id: "asc" },
        take,
        select: { id: true },
      });
      return rows.map((r) => r.id);
    },
    async apply(tx, ctx, ids, mode) {
      // The same clause again at deletion: a record that changed meanwhile (e.g. back on the register) stays.
      const count =
        mode === "count"
          ? ids.length
          : (await model(tx).deleteMany({ where: { AND: [where(ctx), { id: { in: ids } }] } })).count;
      return { [category]: { [kind]: count } };
    },
  };
}

// ---- declarations -----------------------------------------------------------------------------------

function draftWhere(ctx: Context): Prisma.DeclarationWhereInput {
  return { organisationId: ctx.organisationId, status: "DRAFT", updatedAt: { lte: ctx.cutoff.DRAFTS } };
}

function closedWhere(ctx: Context): Prisma.DeclarationWhereInput {
  return {
    organisationId: ctx.organisationId,
    status: { in: [...CLOSED] },
    // Closing is never later than the last change, so this narrows the candidates without missing any.
    updatedAt: { lte: ctx.cutoff.CLOSED_DECLARATIONS },
    // A declaration with a register entry goes only together with (after) that entry's own retention.
    OR: [
      { registerEntry: { is: null } },
      { registerEntry: { is: { status: { in: [...OFF_REGISTER] }, endedAt: { lte: ctx.cutoff.REGISTER_HISTORY } } } },
    ],
  };
}

const closedFacts = {
  id: true,
  type: true,
  status: true,
  updatedAt: true,
  answers: true,
  person: { select: { employmentEnd: true } },
  followUps: { where: { status: { in: [...ACCEPTED] } }, select: { updatedAt: true } },
} satisfies Prisma.DeclarationSelect;

type ClosedRow = Prisma.DeclarationGetPayload<{ select: typeof closedFacts }>;

function pastClosedRetention(row: ClosedRow, ctx: Context): boolean {
  const since = closedSince(
    {
      type: row.type,
      status: row.status,
      updatedAt: row.updatedAt,
      answers: row.answers,
      acceptedFollowUps: row.followUps.map((f) => f.updatedAt),
      employmentEnd: row.person.employmentEnd,
    },
    ctx.now,
  );
  return since !== null && isPastRetention(since, ctx.months.CLOSED_DECLARATIONS, ctx.now);
}

/** Declarations of one category with everything that hangs on them. */
function declarationStep(category: "DRAFTS" | "CLOSED_DECLARATIONS"): Step {
  const where = category === "DRAFTS" ? draftWhere : closedWhere;
  async function eligible(db: Tx | Db, ctx: Context, ids: string[]): Promise<string[]> {
    const rows = await db.declaration.findMany({
      where: { AND: [where(ctx), { id: { in: ids } }] },
      select: closedFacts,
    });
    return category === "DRAFTS"
      ? rows.map((r) => r.id)
      : rows.filter((r) => pastClosedRetention(r, ctx)).map((r) => r.id);
  }
  return {
    name: `declarations:${category}`,
    async next(db, ctx, after, take) {
      const rows = await db.declaration.findMany({
        where: { AND: [where(ctx), afterId(after)] },
        orderBy: { id: "asc" },
        take,
        select: { id: true },
      });
      return rows.map((r) => r.id);
    },
    async apply(tx, ctx, candidates, mode) {
      if (mode === "delete") {
        // Lock the rows first: a draft that is being submitted right now is either sent (and kept) or gone, never half.
        await tx.$queryRaw`select id from "Declaration" where id in (${Prisma.join(candidates)}) for update`;
      }
      const ids = await eligible(tx, ctx, candidates);
      if (ids.length === 0) return {};
      const byDeclaration = { declarationId: { in: ids } };
      // Notifications that point to a removed declaration go with it, unless their own retention already covers them.
      const linked = { ...byDeclaration, createdAt: { gt: ctx.cutoff.NOTIFICATIONS } };
      if (mode === "count") {
        const [messages, decisions, notifications, outboundEmails] = await Promise.all([
          tx.declarationMessage.count({ where: byDeclaration }),
          tx.decision.count({ where: byDeclaration }),
          tx.notification.count({ where: { ...linked, organisationId: ctx.organisationId } }),
          tx.outboundEmail.count({ where: linked }),
        ]);
        return {
          [category]: { declarations: ids.length, decisions, messages },
          NOTIFICATIONS: { notifications, outboundEmails },
        };
      }
      const messages = (await tx.declarationMessage.deleteMany({ where: byDeclaration })).count;
      // A recusal recorded with a decision goes with that decision (decision 041).
      await tx.recusal.deleteMany({ where: byDeclaration });
      const decisions = (await tx.decision.deleteMany({ where: byDeclaration })).count;
      const notifications = (
        await tx.notification.deleteMany({ where: { ...linked, organisationId: ctx.organisationId } })
      ).count;
      const outboundEmails = (await tx.outboundEmail.deleteMany({ where: linked })).count;
      const declarations = (await tx.declaration.deleteMany({ where: { id: { in: ids } } })).count;
      return { [category]: { declarations, decisions, messages }, NOTIFICATIONS: { notifications, outboundEmails } };
    },
  };
}

// ---- the steps, in foreign-key safe order -----------------------------------------------------------

const STEPS: Step[] = [
  simpleStep(
    "registerEntries",
    "REGISTER_HISTORY",
    "registerEntries",
    // An entry removed from the history (ERASED, decision 042) keeps only ids and dates; it goes with the same period.
    (ctx): Prisma.RegisterEntryWhereInput => ({
      organisationId: ctx.organisationId,
      status: { in: [...OFF_REGISTER] },
      endedAt: { lte: ctx.cutoff.REGISTER_HISTORY },
    }),
    (db) => db.registerEntry as never,
  ),
  declarationStep("DRAFTS"),
  declarationStep("CLOSED_DECLARATIONS"),
  simpleStep(
    "notifications",
    "NOTIFICATIONS",
    "notifications",
    (ctx): Prisma.NotificationWhereInput => ({
      organisationId: ctx.organisationId,
      createdAt: { lte: ctx.cutoff.NOTIFICATIONS },
    }),
    (db) => db.notification as never,
  ),
  simpleStep(
    "outboundEmails",
    "NOTIFICATIONS",
    "outboundEmails",
    (ctx): Prisma.OutboundEmailWhereInput => ({
      recipient: { organisationId: ctx.organisationId },
      createdAt: { lte: ctx.cutoff.NOTIFICATIONS },
    }),
    (db) => db.outboundEmail as never,
  ),
  simpleStep(
    "mailMessages",
    "NOTIFICATIONS",
    "mailMessages",
    (ctx): Prisma.MailMessageWhereInput => ({
      recipient: { organisationId: ctx.organisationId },
      sentAt: { lte: ctx.cutoff.NOTIFICATIONS },
    }),
    (db) => db.mailMessage as never,
  ),
  simpleStep(
    "campaignResponses",
    "CAMPAIGN_RESPONSES",
    "campaignResponses",
    (ctx): Prisma.CampaignResponseWhereInput => ({
      campaign: { organisationId: ctx.organisationId },
      respondedAt: { lte: ctx.cutoff.CAMPAIGN_RESPONSES },
    }),
    (db) => db.campaignResponse as never,
  ),
  simpleStep(
    "peopleImports",
    "PEOPLE_IMPORTS",
    "peopleImports",
    (ctx): Prisma.PeopleImportWhereInput => ({
      organisationId: ctx.organisationId,
      createdAt: { lte: ctx.cutoff.PEOPLE_IMPORTS },
    }),
    (db) => db.peopleImport as never,
  ),
];

function addCounts(total: RemovedCounts, batch: BatchCounts): RemovedCounts {
  const next = readCounts(total);
  for (const [category, kinds] of Object.entries(batch) as [RetentionCategory, Record<string, number>][]) {
    for (const [kind, n] of Object.entries(kinds)) next[category][kind] = (next[category][kind] ?? 0) + n;
  }
  return next;
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
