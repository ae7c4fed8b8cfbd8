import "server-only";
// Declarations: what the employee reads of their own declarations (the list and one declaration with its
// messages, decisions and history). Ownership is checked in every query: personId = viewer.id, within their
// organisation; another person's declaration does not exist for them.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import type { Prisma, DeclarationStatus, DeciderRole } from "@/lib/generated/prisma/client";
import type { DeclarationType as RuleType, Verdict } from "@/lib/rules";
import type { RawValues, Values } from "./form-model";
import { getDeclarationForm } from "./forms";
import { DB_TO_RULE_TYPE } from "./types";
import { THREAD_SELECT, threadDecision, threadMessage, type ThreadDecision, type ThreadMessage } from "./thread";

export interface DeclarationListItem {
  id: string;
  /** "GES-2026-00042"; null for a draft (given when it is sent). */
  reference: string | null;
  type: RuleType;
  status: DeclarationStatus;
  /** The message key for the status: escalated cases that the rules refer to the top say so. */
  statusKey: DeclarationStatus | "ESCALATED_TOP";
  title: string;
  occursOn: string | null;
  createdAt: string;
  /** When it was last saved: for a draft, the date the list shows beside the date entered. */
  updatedAt: string;
  submittedAt: string | null;
  ruleOutcome: string | null;
  /** A draft the person was told will be removed (DRAFT_EXPIRING, decision 061): the day, YYYY-MM-DD. */
  deletesOn?: string | null;
}

export async function listMyDeclarations(viewer: Viewer): Promise<DeclarationListItem[]> {
  const db = await getDb();
  const rows = await db.declaration.findMany({
    where: { personId: viewer.id, organisationId: viewer.organisationId },
    orderBy: [{ updatedAt: "desc" }],
    select: LIST_SELECT,
  });
  // The notices about the viewer's drafts (their own notifications): the day each draft will be removed.
  const drafts = rows.filter((r) => r.status === "DRAFT");
  const notices =
    drafts.length === 0
      ? []
      : await db.notification.findMany({
          where: { recipientId: viewer.id, kind: "DRAFT_EXPIRING", declarationId: { in: drafts.map((d) => d.id) } },
          select: { declarationId: true, params: true, createdAt: true },
        });
  return rows.map((r) => {
    const item = toListItem(r);
    if (r.status !== "DRAFT") return item;
    // Only a notice given after the last save counts: saving again starts the period over.
    const notice = notices.find((n) => n.declarationId === r.id && n.createdAt >= r.updatedAt);
    const due = (notice?.params as { due?: unknown } | undefined)?.due;
    return { ...item, deletesOn: typeof due === "string" && ISO_DAY.test(due) ? due : null };
  });
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const LIST_SELECT = {
  id: true,
  reference: true,
  type: true,
  status: true,
  title: true,
  occursOn: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  ruleOutcome: true,
  answers: true,
  deciderRole: true,
} as const;

type ListRow = Prisma.DeclarationGetPayload<{ select: typeof LIST_SELECT }>;

function toListItem(r: ListRow): DeclarationListItem {
  return {
    id: r.id,
    reference: r.reference,
    type: DB_TO_RULE_TYPE[r.type],
    status: r.status,
    statusKey: statusKey(r.status, r.deciderRole),
    title: r.title || draftSummary(DB_TO_RULE_TYPE[r.type], r.answers).title,
    // A draft has no stored date yet: the date the person entered (the gift's, the side job's start), when valid.
    occursOn: r.occursOn
      ? r.occursOn.toISOString().slice(0, 10)
      : r.status === "DRAFT"
        ? draftSummary(DB_TO_RULE_TYPE[r.type], r.answers).occursOn
        : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    ruleOutcome: r.ruleOutcome,
  };
}

function statusKey(status: DeclarationStatus, role: DeciderRole): DeclarationListItem["statusKey"] {
  return status === "ESCALATED" && role === "TOP" ? "ESCALATED_TOP" : status;
}

/** A draft's title and date entered, from the same summary the submitted declaration will get. */
function draftSummary(type: RuleType, answers: unknown): { title: string; occursOn: string | null } {
  // A draft's answers are the form's values as saved (an object); anything else has no title yet.
  const values = answers && typeof answers === "object" && !Array.isArray(answers) ? (answers as Values) : {};
  try {
    const summary = getDeclarationForm(type)?.summarise(values);
    const occursOn = typeof summary?.occursOn === "string" && ISO_DAY.test(summary.occursOn) ? summary.occursOn : null;
    return { title: summary?.title.trim().slice(0, 200) ?? "", occursOn };
  } catch {
    return { title: "", occursOn: null };
  }
}

export interface DeclarationDetail extends DeclarationListItem {
  version: number;
  answers: RawValues;
  verdict: Verdict | null;
  policyVersion: string | null;
  relatedId: string | null;
  messages: (ThreadMessage & { id: string })[];
  decisions: (ThreadDecision & { id: string; acknowledgedAt: string | null })[];
  history: { id: string; action: string; actorName: string | null; at: string }[];
}

/** The viewer's own declaration, or null: another person's declaration does not exist for them. */
export async function getMyDeclaration(viewer: Viewer, id: string): Promise<DeclarationDetail | null> {
  const db = await getDb();
  const r = await db.declaration.findFirst({
    where: { id, personId: viewer.id, organisationId: viewer.organisationId },
    select: {
      ...LIST_SELECT,
      version: true,
      verdict: true,
      policyVersion: true,
      relatedId: true,
      ...THREAD_SELECT,
    },
  });
  if (!r) return null;
  const events = await db.auditEvent.findMany({
    where: { organisationId: viewer.organisationId, entityType: "Declaration", entityId: r.id },
    orderBy: { seq: "asc" },
    select: { id: true, action: true, at: true, actor: { select: { name: true } } },
  });
  return {
    ...toListItem(r),
    version: r.version,
    answers: (r.answers ?? {}) as RawValues,
    verdict: (r.verdict ?? null) as Verdict | null,
    policyVersion: r.policyVersion,
    relatedId: r.relatedId,
    messages: r.messages.map((m) => ({ id: m.id, ...threadMessage(m) })),
    decisions: r.decisions.map((d) => ({
      id: d.id,
      ...threadDecision(d),
      acknowledgedAt: d.acknowledgedAt?.toISOString() ?? null,
    })),
    history: events.map((e) => ({
      id: String(e.id),
      action: e.action,
      actorName: e.actor?.name ?? null,
      at: e.at.toISOString(),
    })),
  };
}
