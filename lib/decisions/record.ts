import "server-only";
// The printable record of one declaration (issue 16 item 2, decision 065): what the PDF at /meldingen/<id>/pdf
// holds. Who may have it is exactly who may read the declaration: the declarant (lib/declarations/reads.ts) or
// whoever reads it as a decider (lib/decisions/access.ts canReadAsDecider: the manager, their deputy, the integrity
// officer). Anyone else gets null ("not found"), and nothing is written. Every download is an audit event in the
// same transaction as the read, so the record says which event logged it.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { recordViewerAudit } from "@/lib/audit/record";
import type { DeclarationStatus } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/format";
import type { DeclarationType as RuleType, Verdict } from "@/lib/rules";
import type { RawValues } from "@/lib/declarations/form-model";
import { getDeclarationForm } from "@/lib/declarations/forms";
import { getFilingContext } from "@/lib/declarations/filing-context";
import { SENT } from "@/lib/declarations/lifecycle";
import { answerRows, type AnswerRow } from "@/lib/declarations/present";
import { threadDecision, threadMessage, type ThreadDecision, type ThreadMessage } from "@/lib/declarations/thread";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import { canReadDeclaration } from "./access";
import { verdictAtFiling } from "./against-code";
import { SENT_DECLARATION_SELECT } from "./read";

/** An audit event as the record cites it: its number in the organisation's chain and its hash. */
export interface AuditReference {
  seq: number;
  hash: string;
}

export interface RecordDecision extends ThreadDecision {
  /** The code's outcome the decision went against ("not-permitted", "permitted"), when againstCode. */
  codeOutcome: string | null;
  acknowledgedAt: string | null;
  /** The audit event that logged this decision (null for a decision older than the audit trail). */
  audit: AuditReference | null;
}

export interface DeclarationRecord {
  id: string;
  reference: string;
  type: RuleType;
  title: string;
  status: DeclarationStatus | "ESCALATED_TOP";
  organisationName: string;
  personName: string;
  personFunction: string;
  submittedAt: string | null;
  answers: AnswerRow[];
  verdict: Verdict | null;
  verdictRecomputed: boolean;
  decisions: RecordDecision[];
  messages: ThreadMessage[];
  /** Who took this copy, when, and the audit event that logged it. */
  madeBy: string;
  madeAt: string;
  download: AuditReference;
}

/** The audit actions a decision writes (lib/decisions/data.ts), one per decision, in the decisions' order. */
const DECISION_EVENTS = ["declaration.decided", "declaration.escalated", "declaration.info-requested"];

/**
 * The record of a sent declaration for the viewer, in the viewer's language, or null when they may not read it
 * (a draft has no reference and no record). Logs the download (`declaration.record-downloaded`, facts only).
 */
export async function getDeclarationRecord(
  viewer: Viewer,
  id: string,
  locale: Locale,
): Promise<DeclarationRecord | null> {
  const db = await getDb();
  const context = await getFilingContext(viewer);
  return db.$transaction(async (tx) => {
    const d = await tx.declaration.findFirst({
      where: { id, organisationId: viewer.organisationId, status: { in: [...SENT] } },
      select: { ...SENT_DECLARATION_SELECT, deciderRole: true, organisation: { select: { name: true } } },
    });
    if (!d || !d.reference) return null;
    // The same two readers as the pages: the declarant's own page, or the decider's (manager, deputy, integrity).
    if (!(await canReadDeclaration(tx, viewer, d))) return null;
    const atFiling = await verdictAtFiling(tx, d);
    const events = await tx.auditEvent.findMany({
      where: {
        organisationId: d.organisationId,
        entityType: "Declaration",
        entityId: d.id,
        action: { in: DECISION_EVENTS },
      },
      orderBy: { seq: "asc" },
      select: { seq: true, hash: true, data: true },
    });
    await recordViewerAudit(tx, viewer, {
      action: "declaration.record-downloaded",
      entityType: "Declaration",
      entityId: d.id,
      data: { format: "pdf", locale },
    });
    // Ours: recordAudit holds the organisation's chain lock until this transaction ends.
    const download = await tx.auditEvent.findFirstOrThrow({
      where: { organisationId: viewer.organisationId },
      orderBy: { seq: "desc" },
      select: { seq: true, hash: true, at: true },
    });
    const def = getDeclarationForm(DB_TO_RULE_TYPE[d.type])!;
    return {
      id: d.id,
      reference: d.reference,
      type: DB_TO_RULE_TYPE[d.type],
      title: d.title,
      status: d.status === "ESCALATED" && d.deciderRole === "TOP" ? "ESCALATED_TOP" : d.status,
      organisationName: d.organisation.name,
      personName: d.person.name,
      personFunction: d.person.functionTitle,
      submittedAt: d.submittedAt?.toISOString() ?? null,
      answers: answerRows(
        def,
        (d.answers ?? {}) as RawValues,
        { profileId: context.profileId, profile: context.profile, today: context.today },
        locale,
      ),
      verdict: atFiling?.verdict ?? null,
      verdictRecomputed: atFiling?.recomputed ?? false,
      // Each decision writes exactly one of DECISION_EVENTS in its transaction: the n-th event logs the n-th
      // decision. The event's own outcome must agree, else no reference is given rather than a wrong one.
      decisions: d.decisions.map((x, i) => {
        const event = events[i];
        const outcome = (event?.data as { outcome?: unknown } | null)?.outcome;
        return {
          ...threadDecision(x),
          codeOutcome: x.codeOutcome,
          acknowledgedAt: x.acknowledgedAt?.toISOString() ?? null,
          audit: event && outcome === x.outcome ? { seq: event.seq, hash: event.hash } : null,
        };
      }),
      messages: d.messages.map(threadMessage),
      madeBy: viewer.name,
      madeAt: download.at.toISOString(),
      download: { seq: download.seq, hash: download.hash },
    };
  });
}
