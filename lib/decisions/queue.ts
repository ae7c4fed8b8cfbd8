import "server-only";
// Decisions: the queues (the manager's and deputy's, the integrity officer's) and the manager's team counts.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/session-roles";
import { AppError } from "@/lib/errors";
import type { DeclarationStatus, DeclarationType } from "@/lib/generated/prisma/client";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import {
  AWAITING_INTEGRITY,
  AWAITING_MANAGER,
  SENT,
  isBulkDecidable,
  type BulkVerdict,
} from "@/lib/declarations/lifecycle";
import { delegatorsOf, managerNow } from "./access";

export interface QueueFilters {
  type?: DeclarationType;
  outcome?: "NOT_PERMITTED" | "APPROVAL_REQUIRED";
  sort?: "oldest" | "newest";
}

export interface QueueItem {
  id: string;
  reference: string | null;
  type: string;
  title: string;
  personName: string;
  submittedAt: string | null;
  ageDays: number;
  ruleOutcome: string | null;
  status: DeclarationStatus;
  onBehalfOfName: string | null;
  /** The verdict needs no judgement and it awaits the manager: it may be approved in bulk (issue 16 item 4). */
  bulk: boolean;
}

function ageDays(from: Date | null): number {
  return from ? Math.floor((Date.now() - from.getTime()) / 86_400_000) : 0;
}

const ITEM_SELECT = {
  id: true,
  reference: true,
  type: true,
  title: true,
  submittedAt: true,
  ruleOutcome: true,
  status: true,
  person: { select: { name: true } },
} as const;
const QUEUE_SELECT = {
  ...ITEM_SELECT,
  assigneeId: true,
  assignee: { select: { name: true } },
  verdict: true,
} as const;

/** The WHERE of the manager's queue: awaiting the viewer as manager now or as deputy, never their own. */
async function managerQueueWhere(db: Awaited<ReturnType<typeof getDb>>, viewer: Viewer, filters: QueueFilters) {
  const delegators = await delegatorsOf(db, viewer);
  const own = (await managerNow(db, viewer)) ? [viewer.id] : [];
  return {
    organisationId: viewer.organisationId,
    status: { in: [...AWAITING_MANAGER] },
    assigneeId: { in: [...own, ...delegators] },
    personId: { not: viewer.id },
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.outcome ? { ruleOutcome: filters.outcome } : {}),
  };
}

/** A queue row as the queue shows it; `onBehalfOfName` names the manager a deputy decides for. */
function queueItem(
  r: {
    id: string;
    reference: string | null;
    type: DeclarationType;
    title: string;
    submittedAt: Date | null;
    ruleOutcome: string | null;
    status: DeclarationStatus;
    person: { name: string };
    verdict?: unknown;
  },
  onBehalfOfName: string | null,
): QueueItem {
  return {
    id: r.id,
    reference: r.reference,
    type: DB_TO_RULE_TYPE[r.type],
    title: r.title,
    personName: r.person.name,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    ageDays: ageDays(r.submittedAt),
    ruleOutcome: r.ruleOutcome,
    status: r.status,
    onBehalfOfName,
    // Only the manager's queue reads the verdict: the integrity officer's queue has no bulk decision.
    bulk: r.verdict !== undefined && isBulkDecidable(r.status, r.verdict as BulkVerdict | null),
  };
}

/** The manager's queue row: as a deputy, the manager it is decided for. */
function managerQueueItem(viewer: Viewer) {
  return (r: Parameters<typeof queueItem>[0] & { assigneeId: string | null; assignee: { name: string } | null }) =>
    queueItem(r, r.assigneeId !== viewer.id ? (r.assignee?.name ?? null) : null);
}

/** Declarations awaiting the viewer's decision as manager or as deputy. */
export async function listManagerQueue(viewer: Viewer, filters: QueueFilters = {}): Promise<QueueItem[]> {
  const db = await getDb();
  const rows = await db.declaration.findMany({
    where: await managerQueueWhere(db, viewer, filters),
    orderBy: { submittedAt: filters.sort === "newest" ? "desc" : "asc" },
    take: 500,
    select: QUEUE_SELECT,
  });
  return rows.map(managerQueueItem(viewer));
}

/** Rows per page of the manager's queue (issue 15: the page does not grow with what waits). */
export const QUEUE_PAGE_SIZE = 50;

export interface QueuePage {
  items: QueueItem[];
  /** Everything that waits (with the filters), and the page shown of pageCount. */
  total: number;
  page: number;
  pageCount: number;
}

/**
 * One page of the manager's queue, in the queue's order (ties by id, so pages neither overlap nor skip), with the
 * number waiting. A page beyond the last shows the last. Index: Declaration(assigneeId, status).
 */
export async function pageManagerQueue(viewer: Viewer, filters: QueueFilters = {}, page = 1): Promise<QueuePage> {
  const db = await getDb();
  const where = await managerQueueWhere(db, viewer, filters);
  const total = await db.declaration.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const shown = Math.min(Math.max(1, page), pageCount);
  const rows =
    total === 0
      ? []
      : await db.declaration.findMany({
          where,
          orderBy: [{ submittedAt: filters.sort === "newest" ? "desc" : "asc" }, { id: "asc" }],
          skip: (shown - 1) * QUEUE_PAGE_SIZE,
          take: QUEUE_PAGE_SIZE,
          select: QUEUE_SELECT,
        });
  return { items: rows.map(managerQueueItem(viewer)), total, page: shown, pageCount };
}

/** Escalated and referral cases across the organisation: the integrity officer's queue. */
export async function listIntegrityQueue(viewer: Viewer, filters: QueueFilters = {}): Promise<QueueItem[]> {
  if (!hasRole(viewer, "INTEGRITY_OFFICER")) throw new AppError("FORBIDDEN", "integrity officers only");
  const db = await getDb();
  const rows = await db.declaration.findMany({
    where: {
      organisationId: viewer.organisationId,
      status: { in: [...AWAITING_INTEGRITY] },
      personId: { not: viewer.id },
      ...(filters.type ? { type: filters.type } : {}),
      ...(filters.outcome ? { ruleOutcome: filters.outcome } : {}),
    },
    orderBy: { submittedAt: filters.sort === "newest" ? "desc" : "asc" },
    take: 500,
    select: ITEM_SELECT,
  });
  return rows.map((r) => queueItem(r, null));
}

/** Counts per status of the team's declarations, and what the team registered in the last 30 days. */
export async function teamOverview(viewer: Viewer) {
  const db = await getDb();
  // A team is read as its manager only while holding MANAGER now.
  if (!(await managerNow(db, viewer))) return { counts: {} as Partial<Record<DeclarationStatus, number>>, recent: [] };
  const team = { organisationId: viewer.organisationId, person: { managerId: viewer.id }, status: { in: [...SENT] } };
  const [groups, recent] = await Promise.all([
    db.declaration.groupBy({ by: ["status"], where: team, _count: { _all: true } }),
    db.declaration.findMany({
      where: { ...team, status: "REGISTERED", submittedAt: { gte: new Date(Date.now() - 30 * 86_400_000) } },
      orderBy: { submittedAt: "desc" },
      take: 20,
      select: { id: true, type: true, title: true, submittedAt: true, person: { select: { name: true } } },
    }),
  ]);
  return {
    counts: Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<
      Record<DeclarationStatus, number>
    >,
    recent: recent.map((r) => ({
      id: r.id,
      type: DB_TO_RULE_TYPE[r.type],
      title: r.title,
      personName: r.person.name,
      submittedAt: r.submittedAt?.toISOString() ?? null,
    })),
  };
}
