// The purge of declarations (drafts and closed ones) with everything that hangs on them: messages, decisions and the
// notifications and e-mails that point to them, removed before the declaration itself (foreign-key safe).
import { Prisma } from "@/lib/generated/prisma/client";
import { ACCEPTED, CLOSED } from "@/lib/declarations/lifecycle";
import { OFF_REGISTER } from "@/lib/register/lifecycle";
import { draftNoticeDays } from "@/lib/config";
import { closedSince, isPastRetention } from "../retention";
import { afterId, type Context, type Db, type Step, type Tx } from "./step";

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

/**
 * The drafts (past their retention) whose person was told: a DRAFT_EXPIRING notice given after the last save and at
 * least DRAFT_NOTICE_DAYS ago (lib/privacy/draft-notices.ts, decision 061). Without one a draft waits for it.
 */
async function noticedDrafts(db: Tx | Db, ctx: Context, rows: { id: string; updatedAt: Date }[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const notices = await draftNotices(
    db,
    ctx,
    rows.map((r) => r.id),
  );
  return rows
    .filter((r) => notices.some((n) => n.declarationId === r.id && n.createdAt.getTime() >= r.updatedAt.getTime()))
    .map((r) => r.id);
}

/** The notices old enough for removal, in the organisation (of the given drafts only, when given). */
function draftNotices(db: Tx | Db, ctx: Context, ids?: string[]) {
  return db.notification.findMany({
    where: {
      organisationId: ctx.organisationId,
      kind: "DRAFT_EXPIRING",
      declarationId: ids ? { in: ids } : { not: null },
      createdAt: { lte: new Date(ctx.now.getTime() - draftNoticeDays() * 86_400_000) },
    },
    select: { declarationId: true, createdAt: true },
  });
}

/** Declarations of one category with everything that hangs on them. */
export function declarationStep(category: "DRAFTS" | "CLOSED_DECLARATIONS"): Step {
  const where = category === "DRAFTS" ? draftWhere : closedWhere;
  async function eligible(db: Tx | Db, ctx: Context, ids: string[]): Promise<string[]> {
    const rows = await db.declaration.findMany({
      where: { AND: [where(ctx), { id: { in: ids } }] },
      select: closedFacts,
    });
    return category === "DRAFTS"
      ? noticedDrafts(db, ctx, rows)
      : rows.filter((r) => pastClosedRetention(r, ctx)).map((r) => r.id);
  }
  return {
    name: `declarations:${category}`,
    async next(db, ctx, after, take) {
      // Drafts: only those with a notice old enough are candidates, so drafts still waiting never fill the batches.
      const noticed =
        category === "DRAFTS"
          ? { id: { in: [...new Set((await draftNotices(db, ctx)).map((n) => n.declarationId!))] } }
          : {};
      const rows = await db.declaration.findMany({
        where: { AND: [where(ctx), afterId(after), noticed] },
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
        // One after the other: a transaction's connection runs one query at a time.
        const messages = await tx.declarationMessage.count({ where: byDeclaration });
        const decisions = await tx.decision.count({ where: byDeclaration });
        const notifications = await tx.notification.count({ where: { ...linked, organisationId: ctx.organisationId } });
        const outboundEmails = await tx.outboundEmail.count({ where: linked });
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
