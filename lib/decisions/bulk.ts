import "server-only";
// Bulk decisions (issue 16 item 4, decision 067): a manager approves several declarations whose verdict needs no
// judgement in one go. Each is decided through decideDeclaration, the one decision path: in its own transaction, with
// its own audit event and notification, authorised against the viewer's rights now. What cannot be decided is left
// untouched and reported with the reason.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { isAppError, notFound } from "@/lib/errors";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import { AWAITING_MANAGER, BULK_DECISION_LIMIT, bulkRefusal, type BulkVerdict } from "@/lib/declarations/lifecycle";
import { canReadAsDecider, decisionRight } from "./access";
import { decideDeclaration } from "./data";

/** Why one selected declaration was not (or cannot be) decided in bulk. */
export type BulkReason =
  /** Not found, or not the viewer's to decide (someone else's, their own, a colleague manager's): one answer for all. */
  | "not-yours"
  /** Already decided, withdrawn or sent back: nothing awaits the manager. */
  | "not-awaiting"
  /** The verdict asks for judgement (approval, a ban, a recusal, a decision the code leaves open): open it alone. */
  | "needs-judgement"
  /** Changed since the confirmation page was shown (the version moved on). */
  | "changed"
  /** Beyond the limit of one bulk decision. */
  | "over-limit"
  /** An unexpected error; logged by nobody here, so it is rare: the one-by-one page says more. */
  | "failed";

export interface BulkItem {
  id: string;
  version: number;
  reference: string | null;
  title: string;
  personName: string;
  type: string;
}

export interface BulkPreview {
  /** What an approval will decide, with the version the confirmation carries. */
  decidable: BulkItem[];
  /** What will not be decided and why; unknown ids are listed with "not-yours" and no title. */
  refused: { id: string; reason: BulkReason; item: BulkItem | null }[];
}

/** The distinct ids, in the order given; empty and overlong ids dropped (they cannot be records). */
export function cleanIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 64 && !s.includes("\0")))];
}

const SELECT = {
  id: true,
  organisationId: true,
  personId: true,
  status: true,
  assigneeId: true,
  version: true,
  verdict: true,
  reference: true,
  title: true,
  type: true,
  person: { select: { name: true } },
} as const;

const itemOf = (d: {
  id: string;
  version: number;
  reference: string | null;
  title: string;
  type: keyof typeof DB_TO_RULE_TYPE;
  person: { name: string };
}): BulkItem => ({
  id: d.id,
  version: d.version,
  reference: d.reference,
  title: d.title,
  personName: d.person.name,
  type: DB_TO_RULE_TYPE[d.type],
});

/** Which of the selected declarations the viewer can approve in bulk now, and why each other one cannot. */
export async function previewBulkDecision(viewer: Viewer, ids: readonly string[]): Promise<BulkPreview> {
  const wanted = cleanIds(ids);
  const within = wanted.slice(0, BULK_DECISION_LIMIT);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const rows = await tx.declaration.findMany({
      where: { id: { in: within }, organisationId: viewer.organisationId },
      select: SELECT,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const preview: BulkPreview = { decidable: [], refused: [] };
    for (const id of within) {
      const d = byId.get(id);
      // Not found and not the viewer's to decide get the same answer: nothing about another's declaration leaks.
      const right = d ? await decisionRight(tx, viewer, d) : null;
      if (!d || !right || right.as === "integrity-officer") {
        // One the viewer may read as decider but not decide now (decided, withdrawn, sent back) says so.
        // (Still awaiting the manager but not the viewer's, e.g. for an integrity officer: not theirs.)
        const readable = d && !right && !AWAITING_MANAGER.includes(d.status) && (await canReadAsDecider(tx, viewer, d));
        preview.refused.push(
          readable ? { id, reason: "not-awaiting", item: itemOf(d) } : { id, reason: "not-yours", item: null },
        );
        continue;
      }
      const item = itemOf(d);
      const refusal = bulkRefusal(d.status, d.verdict as BulkVerdict | null);
      if (refusal) preview.refused.push({ id, reason: refusal, item });
      else preview.decidable.push(item);
    }
    for (const id of wanted.slice(BULK_DECISION_LIMIT)) preview.refused.push({ id, reason: "over-limit", item: null });
    return preview;
  });
}

export interface BulkOutcome {
  decided: string[];
  notDecided: { id: string; reason: BulkReason }[];
}

/**
 * Approves each selected declaration at the version the viewer confirmed, one by one through decideDeclaration (its own
 * transaction, audit event and notification). Before each, the same check as the preview, read again now: a
 * declaration whose verdict needs judgement is never approved here, whatever the form sent.
 */
export async function bulkDecide(
  viewer: Viewer,
  items: readonly { id: string; version: number }[],
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { decided: [], notDecided: [] };
  const seen = new Set<string>();
  const unique = items.filter((i) => !seen.has(i.id) && seen.add(i.id));
  for (const { id } of unique.slice(BULK_DECISION_LIMIT)) outcome.notDecided.push({ id, reason: "over-limit" });
  for (const { id, version } of unique.slice(0, BULK_DECISION_LIMIT)) {
    const preview = await previewBulkDecision(viewer, [id]);
    const refused = preview.refused[0];
    if (refused) {
      outcome.notDecided.push({ id, reason: refused.reason });
      continue;
    }
    if (preview.decidable[0]!.version !== version) {
      outcome.notDecided.push({ id, reason: "changed" });
      continue;
    }
    try {
      await decideDeclaration(viewer, {
        id,
        version,
        kind: "APPROVED",
        reason: "",
        conditions: "",
        giftDestination: null,
        handedInOn: null,
        reassessOn: null,
      });
      outcome.decided.push(id);
    } catch (error) {
      // The one path refused it after our check (changed meanwhile, the right lost, the code's verdict recomputed).
      const code = isAppError(error) ? error.code : null;
      const reason: BulkReason =
        code === "CONFLICT"
          ? "changed"
          : code === "NOT_FOUND"
            ? "not-yours"
            : code === "INVALID_STATE"
              ? "not-awaiting"
              : code === "VALIDATION"
                ? "needs-judgement"
                : "failed";
      if (reason === "failed") throw error;
      outcome.notDecided.push({ id, reason });
    }
  }
  // Nothing here was the viewer's to decide: the answer any other decision gives ("not found"), and no result page.
  if (outcome.decided.length === 0 && outcome.notDecided.every((n) => n.reason === "not-yours"))
    throw notFound("declaration");
  return outcome;
}

/** The declarations of a bulk result the viewer may read as decider, for the result page's titles. */
export async function describeBulkResult(viewer: Viewer, ids: readonly string[]): Promise<Map<string, BulkItem>> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const rows = await tx.declaration.findMany({
      where: { id: { in: cleanIds(ids).slice(0, 2 * BULK_DECISION_LIMIT) }, organisationId: viewer.organisationId },
      select: SELECT,
    });
    const out = new Map<string, BulkItem>();
    for (const d of rows) {
      if (!(await canReadAsDecider(tx, viewer, d))) continue;
      out.set(d.id, itemOf(d));
    }
    return out;
  });
}
