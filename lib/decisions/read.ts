import "server-only";
// Decisions: the decision page's read (the verdict at filing, the same giver this year, earlier declarations)
// and finding a declaration by its reference. Who may read is asked of ./access against the specific record.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import type { DeclarationStatus, Prisma } from "@/lib/generated/prisma/client";
import type { Verdict } from "@/lib/rules";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import { normaliseReference } from "@/lib/declarations/reference";
import { canReach } from "@/lib/auth/areas";
import { sameGiverThisYear, verdictAtFiling, type GiverYear } from "./against-code";
import { SENT } from "@/lib/declarations/lifecycle";
import {
  THREAD_SELECT,
  threadDecision,
  threadMessage,
  type ThreadDecision,
  type ThreadMessage,
} from "@/lib/declarations/thread";
import { canReadAsDecider, decisionRight, type DecisionRight } from "./access";

export interface DecisionView {
  id: string;
  reference: string | null;
  type: string;
  status: DeclarationStatus;
  version: number;
  title: string;
  personName: string;
  personFunction: string;
  answers: Record<string, unknown>;
  verdict: Verdict | null;
  /** The verdict was not stored at filing and was worked out again under the policy of the filing date (decision 052). */
  verdictRecomputed: boolean;
  /** This declaration and the declarant's earlier ones from the same giver or organisation this year. */
  giverYear: GiverYear | null;
  submittedAt: string | null;
  canDecide: boolean;
  decidingAs: DecisionRight["as"] | null;
  onBehalfOfName: string | null;
  messages: ThreadMessage[];
  decisions: (ThreadDecision & { codeOutcome: string | null })[];
  /** The same person's earlier declarations of this type; for gifts, those from the same giver this year come first. */
  earlier: {
    id: string;
    title: string;
    status: DeclarationStatus;
    occursOn: string | null;
    valueCents: number | null;
    counterparty: string | null;
    sameGiverThisYear: boolean;
  }[];
}

/**
 * A sent declaration as those beside the declarant read it, on the decision page and in the printable record
 * (./record.ts): what ./access asks to allow the read, what ./against-code needs for the verdict at filing, the
 * declarant, and the thread.
 */
export const SENT_DECLARATION_SELECT = {
  id: true,
  organisationId: true,
  personId: true,
  assigneeId: true,
  reference: true,
  type: true,
  status: true,
  title: true,
  answers: true,
  verdict: true,
  submittedAt: true,
  person: { select: { name: true, functionTitle: true } },
  ...THREAD_SELECT,
} as const satisfies Prisma.DeclarationSelect;

/** A declaration as a decider sees it, or null when the viewer may not see it. */
export async function getForDecision(viewer: Viewer, id: string): Promise<DecisionView | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const d = await tx.declaration.findFirst({
      where: { id, organisationId: viewer.organisationId, status: { in: [...SENT] } },
      select: {
        ...SENT_DECLARATION_SELECT,
        version: true,
        counterparty: true,
        occursOn: true,
        valueCents: true,
        assignee: { select: { name: true } },
      },
    });
    if (!d || !(await canReadAsDecider(tx, viewer, d))) return null;
    // The code's verdict at filing (stored, or worked out again under the policy of the filing date) and the giver's year (decision 052).
    // One after the other: a transaction's connection runs one query at a time.
    const atFiling = await verdictAtFiling(tx, d);
    const giverYear = await sameGiverThisYear(tx, d);
    const right = await decisionRight(tx, viewer, d);
    const earlier = await tx.declaration.findMany({
      where: { personId: d.personId, type: d.type, id: { not: d.id }, status: { in: [...SENT] } },
      orderBy: { submittedAt: "desc" },
      take: 20,
      select: {
        id: true,
        title: true,
        status: true,
        occursOn: true,
        valueCents: true,
        counterparty: true,
        submittedAt: true,
      },
    });
    const sameGiver = (e: (typeof earlier)[number]) => !!giverYear?.ids.includes(e.id);
    return {
      id: d.id,
      reference: d.reference,
      type: DB_TO_RULE_TYPE[d.type],
      status: d.status,
      version: d.version,
      title: d.title,
      personName: d.person.name,
      personFunction: d.person.functionTitle,
      answers: (d.answers ?? {}) as Record<string, unknown>,
      verdict: atFiling?.verdict ?? null,
      verdictRecomputed: atFiling?.recomputed ?? false,
      giverYear,
      submittedAt: d.submittedAt?.toISOString() ?? null,
      canDecide: !!right,
      decidingAs: right?.as ?? null,
      onBehalfOfName: right?.onBehalfOfId ? (d.assignee?.name ?? null) : null,
      messages: d.messages.map(threadMessage),
      decisions: d.decisions.map((x) => ({ ...threadDecision(x), codeOutcome: x.codeOutcome })),
      earlier: earlier
        .map((e) => ({
          id: e.id,
          title: e.title,
          status: e.status,
          occursOn: e.occursOn?.toISOString().slice(0, 10) ?? null,
          valueCents: e.valueCents,
          counterparty: e.counterparty,
          sameGiverThisYear: sameGiver(e),
        }))
        .sort((a, b) => Number(b.sameGiverThisYear) - Number(a.sameGiverThisYear)),
    };
  });
}

/**
 * Where the viewer may read the declaration with this reference: their own (/meldingen), as its decider or the
 * integrity officer (/beslissen), or its audit trail for those who keep the overview. null when the reference is
 * malformed, unknown, of another organisation, or not readable for the viewer: all look the same.
 */
export async function locateByReference(
  viewer: Viewer,
  input: string,
): Promise<{ id: string; reference: string; href: string } | null> {
  const reference = normaliseReference(input);
  if (!reference) return null;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const d = await tx.declaration.findFirst({
      where: { organisationId: viewer.organisationId, reference },
      select: { id: true, organisationId: true, personId: true, status: true, assigneeId: true },
    });
    if (!d) return null;
    if (d.personId === viewer.id) return { id: d.id, reference, href: `/meldingen/${d.id}` };
    if (await canReadAsDecider(tx, viewer, d)) return { id: d.id, reference, href: `/beslissen/${d.id}` };
    if (canReach(viewer, "overview")) return { id: d.id, reference, href: `/integriteit/audit/${d.id}` };
    return null;
  });
}
