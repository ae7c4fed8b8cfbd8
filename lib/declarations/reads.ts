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
  submittedAt: string | null;
  ruleOutcome: string | null;
}

export async function listMyDeclarations(viewer: Viewer): Promise<DeclarationListItem[]> {
  const db = await getDb();
  const rows = await db.declaration.findMany({
    where: { personId: viewer.id, organisationId: viewer.organisationId },
    orderBy: [{ updatedAt: "desc" }],
    select: LIST_SELECT,
  });
  return rows.map(toListItem);
}

const LIST_SELECT = {
  id: true,
  reference: true,
  type: true,
  status: true,
  title: true,
  occursOn: true,
  createdAt: true,
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
    title: r.title || draftTitle(DB_TO_RULE_TYPE[r.type], r.answers),
    occursOn: r.occursOn ? r.occursOn.toISOString().slice(0, 10) : null,
    createdAt: r.createdAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    ruleOutcome: r.ruleOutcome,
  };
}

function statusKey(status: DeclarationStatus, role: DeciderRole): DeclarationListItem["statusKey"] {
  return status === "ESCALATED" && role === "TOP" ? "ESCALATED_TOP" : status;
}

/** A draft's title, from the same summary the submitted declaration will get. */
function draftTitle(type: RuleType, answers: unknown): string {
  // A draft's answers are the form's values as saved (an object); anything else has no title yet.
  const values = answers && typeof answers === "object" && !Array.isArray(answers) ? (answers as Values) : {};
  try {
    return getDeclarationForm(type)?.summarise(values).title.trim().slice(0, 200) ?? "";
  } catch {
    return "";
  }
}

export interface DeclarationDetail extends DeclarationListItem {
  version: number;
  answers: RawValues;
  verdict: Verdict | null;
  policyVersion: string | null;
  relatedId: string | null;
  messages: { id: string; kind: string; body: string; authorName: string; createdAt: string }[];
  decisions: {
    id: string;
    outcome: string;
    reason: string;
    conditions: string | null;
    againstCode: boolean;
    deciderName: string;
    onBehalfOfName: string | null;
    createdAt: string;
    acknowledgedAt: string | null;
  }[];
  history: { id: string; action: string; actorName: string | null; at: string }[];
}

/** The viewer's own declaration, or null: another person's declaration does not exist for them. */
export async function getMyDeclaration(viewer: Viewer, id: string): Promise<DeclarationDetail | null> {
  const db = await getDb();
  const r = await db.declaration.findFirst({
    where: { id, personId: viewer.id, organisationId: viewer.organisationId },
    select: {
      id: true,
      reference: true,
      type: true,
      status: true,
      title: true,
      occursOn: true,
      createdAt: true,
      submittedAt: true,
      ruleOutcome: true,
      version: true,
      answers: true,
      verdict: true,
      policyVersion: true,
      relatedId: true,
      deciderRole: true,
      messages: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
      decisions: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          outcome: true,
          reason: true,
          conditions: true,
          againstCode: true,
          createdAt: true,
          acknowledgedAt: true,
          decider: { select: { name: true } },
          onBehalfOf: { select: { name: true } },
        },
      },
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
    messages: r.messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      body: m.body,
      authorName: m.author.name,
      createdAt: m.createdAt.toISOString(),
    })),
    decisions: r.decisions.map((d) => ({
      id: d.id,
      outcome: d.outcome,
      reason: d.reason,
      conditions: d.conditions,
      againstCode: d.againstCode,
      deciderName: d.decider.name,
      onBehalfOfName: d.onBehalfOf?.name ?? null,
      createdAt: d.createdAt.toISOString(),
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
