// The declaration lifecycle: which status allows what, and where each step leads. Pure (no I/O, no clock), so
// the data layer, the pages, the reminders, the retention rules and the raw SQL all read the same sets
// (decision 049). The data layer still checks the specific record; these say only what a status allows.
//
//   DRAFT ──submit──> REGISTERED (nothing to decide) | SUBMITTED (manager) | ESCALATED (integrity officer / top)
//   SUBMITTED, ESCALATED ──decide──> APPROVED | APPROVED_WITH_CONDITIONS | REFUSED | INFO_REQUESTED | ESCALATED*
//   INFO_REQUESTED ──submit (the answer)──> SUBMITTED | ESCALATED (back to whoever asked)
//   SUBMITTED, ESCALATED, INFO_REQUESTED ──withdraw──> WITHDRAWN
//   REGISTERED, APPROVED, APPROVED_WITH_CONDITIONS ──end (a side job that stopped)──> ENDED
//   * only a manager (or deputy) escalates; the integrity officer already has it.
import { DeclarationStatus } from "@/lib/generated/prisma/enums";
import { isRecusalObligation } from "@/lib/rules/evaluate/recusal-policy";
import type { ObligationCode } from "@/lib/rules/types";

export type { DeclarationStatus };

/** Every status, in the order of the workflow (the schema's order). */
export const ALL_STATUSES: readonly DeclarationStatus[] = Object.values(DeclarationStatus);

const group = (...statuses: DeclarationStatus[]): readonly DeclarationStatus[] => Object.freeze(statuses);
const except = (...left: DeclarationStatus[]) => group(...ALL_STATUSES.filter((s) => !left.includes(s)));

/** The employee may still change the answers and (re)submit: a draft, or one sent back with a question. */
export const EDITABLE = group("DRAFT", "INFO_REQUESTED");
/** A decision is awaited from the assigned manager (or their deputy). */
export const AWAITING_MANAGER = group("SUBMITTED");
/** A decision is awaited from the integrity officer (escalated, or a referral case, also one for the top). */
export const AWAITING_INTEGRITY = group("ESCALATED");
/** A decision is awaited: what the decision queues hold, what the daily reminder and the overdue figures count. */
export const AWAITING_DECISION = group(...AWAITING_MANAGER, ...AWAITING_INTEGRITY);
/** Waiting for the employee's answer to the decider's question. */
export const AWAITING_ANSWER = group("INFO_REQUESTED");
/**
 * Open: sent and not yet settled (a decision or an answer is awaited). The employee may withdraw it, and it is
 * never purged (retention).
 */
export const OPEN = group(...AWAITING_DECISION, ...AWAITING_ANSWER);
/** Open with a manager as decider: the declarations that move when a manager changes or loses the right. */
export const OPEN_WITH_MANAGER = group(...AWAITING_MANAGER, ...AWAITING_ANSWER);
/** The outcomes of a decision that settle the declaration. */
export const DECIDED = group("APPROVED", "APPROVED_WITH_CONDITIONS", "REFUSED");
/** Decided positively: a side job may go on the public register, a recusal may come with the decision. */
export const PERMITTED = group("APPROVED", "APPROVED_WITH_CONDITIONS");
/** Approved on conditions the employee confirms having read (a task until they do). */
export const TO_ACKNOWLEDGE = group("APPROVED_WITH_CONDITIONS");
/** Settled by a decision or by registration alone: what the gift register lists. */
export const SETTLED = group("REGISTERED", ...DECIDED);
/** Accepted and still standing: a side job in one of these runs until it is ended or changed. */
export const RUNNING = group("REGISTERED", ...PERMITTED);
/** Accepted once (registered or permitted), running or ended since: a follow-up that took effect. */
export const ACCEPTED = group(...RUNNING, "ENDED");
/** Closed: nothing more happens to it (the retention periods run from its last change). */
export const CLOSED = group(...SETTLED, "WITHDRAWN", "ENDED");
/** Sent at least once: everything but a draft. What counts in overviews, queues and the audit views. */
export const SENT = except("DRAFT");
/** A declaration that stands as declared (sent and not withdrawn): the gift totals per giver. */
export const DECLARED = except("DRAFT", "WITHDRAWN");

export const canEdit = (status: DeclarationStatus) => EDITABLE.includes(status);
export const canWithdraw = (status: DeclarationStatus) => OPEN.includes(status);
export const canDiscard = (status: DeclarationStatus) => status === "DRAFT";
export const isAwaitingDecision = (status: DeclarationStatus) => AWAITING_DECISION.includes(status);
export const isOpen = (status: DeclarationStatus) => OPEN.includes(status);
export const isClosed = (status: DeclarationStatus) => CLOSED.includes(status);
/** Also for a decision's outcome: the outcomes carry the names of the statuses they lead to. */
export const isPermitted = (status: string) => (PERMITTED as readonly string[]).includes(status);
/** A side job in this status may be reported changed or ended (a follow-up declaration). */
export const canFollowUp = (status: DeclarationStatus) => RUNNING.includes(status);
/** The employee is asked to confirm the conditions of the approval. */
export const hasConditions = (status: DeclarationStatus) => TO_ACKNOWLEDGE.includes(status);

/** What a decider may decide; the statuses they lead to carry the same names. */
export const DECISION_KINDS = [
  "APPROVED",
  "APPROVED_WITH_CONDITIONS",
  "REFUSED",
  "INFO_REQUESTED",
  "ESCALATED",
] as const satisfies readonly DeclarationStatus[];
export type DecisionKind = (typeof DECISION_KINDS)[number];
export type DecidingAs = "manager" | "deputy" | "integrity-officer";

/** The decisions open to a decider: the integrity officer cannot escalate to themselves. */
export function decisionKindsFor(as: DecidingAs): DecisionKind[] {
  return DECISION_KINDS.filter((k) => k !== "ESCALATED" || as !== "integrity-officer");
}

/** The decision settles the declaration (approved, with conditions, refused), rather than passing it on. */
export const isFinalDecision = (kind: string): kind is (typeof DECIDED)[number] & DecisionKind =>
  (DECIDED as readonly string[]).includes(kind);

/** Where a sent declaration goes: nobody (register only), the manager, or the integrity officer. */
export type Route = "register" | "manager" | "integrity";

export type LifecycleEvent =
  | { kind: "submit"; route: Route }
  | { kind: "decide"; outcome: DecisionKind; as: DecidingAs }
  | { kind: "withdraw" }
  | { kind: "end" }
  /** The manager deciding it lost the right or changed; with nobody new it goes to the integrity officer. */
  | { kind: "reassign"; to: "manager" | "integrity" };

const ROUTED: Record<Route, DeclarationStatus> = {
  register: "REGISTERED",
  manager: "SUBMITTED",
  integrity: "ESCALATED",
};

/** The status after `event`, or null when the event is not allowed in `status`. */
export function nextStatus(status: DeclarationStatus, event: LifecycleEvent): DeclarationStatus | null {
  switch (event.kind) {
    case "submit":
      // An answer goes back to a decider: a declaration once sent for a decision cannot become "registered".
      if (status === "INFO_REQUESTED") return event.route === "register" ? null : ROUTED[event.route];
      return status === "DRAFT" ? ROUTED[event.route] : null;
    case "decide":
      if (event.as === "integrity-officer" ? !AWAITING_INTEGRITY.includes(status) : !AWAITING_MANAGER.includes(status))
        return null;
      return decisionKindsFor(event.as).includes(event.outcome) ? event.outcome : null;
    case "withdraw":
      return canWithdraw(status) ? "WITHDRAWN" : null;
    case "end":
      return canFollowUp(status) ? "ENDED" : null;
    case "reassign":
      if (!OPEN_WITH_MANAGER.includes(status)) return null;
      // A question stays with the employee; a decision waiting for the manager goes to the integrity officer.
      return event.to === "integrity" && status === "SUBMITTED" ? "ESCALATED" : status;
  }
}

/** At most this many declarations are decided in one bulk decision (one page of the queue; issue 16 item 4). */
export const BULK_DECISION_LIMIT = 50;

/** What a bulk decision reads of the code's verdict at filing (lib/rules Verdict). */
export interface BulkVerdict {
  outcome: string;
  type?: string;
  decisionRequired?: boolean;
  obligations?: readonly { code: string }[];
}

/** Why a declaration cannot be decided in bulk; null when it can. */
export type BulkRefusal = "not-awaiting" | "needs-judgement";

/** The types whose decision may come with a recusal (decision 041): always judged one by one. */
const RECUSAL_TYPES = ["private-relationship", "supplier-contact"];
/** The only decision a "register" verdict may leave the manager that a bulk approval can leave open (002 L408-411). */
const OPEN_IN_BULK = ["manager-decides-destination"];

/**
 * The code's verdict asks for no judgement: it only asks to register, or there is no duty; no approval is asked, nothing
 * is forbidden, and no decision is left to the decider but the destination of a handed-in gift (which the one-by-one
 * form leaves optional too, decision 067). A verdict we cannot read needs judgement (fail closed).
 */
export function needsJudgement(verdict: BulkVerdict | null | undefined): boolean {
  if (!verdict || typeof verdict.outcome !== "string") return true;
  if (verdict.outcome !== "register" && verdict.outcome !== "no-duty") return true;
  if (verdict.type && RECUSAL_TYPES.includes(verdict.type)) return true;
  const obligations = verdict.obligations ?? [];
  if (obligations.some((o) => isRecusalObligation(o.code as ObligationCode))) return true;
  if (verdict.decisionRequired && !obligations.some((o) => OPEN_IN_BULK.includes(o.code))) return true;
  return false;
}

/** May this declaration be approved in a bulk decision? Awaiting the manager, and a verdict that needs no judgement. */
export function bulkRefusal(status: DeclarationStatus, verdict: BulkVerdict | null | undefined): BulkRefusal | null {
  if (!AWAITING_MANAGER.includes(status)) return "not-awaiting";
  return needsJudgement(verdict) ? "needs-judgement" : null;
}

export const isBulkDecidable = (status: DeclarationStatus, verdict: BulkVerdict | null | undefined) =>
  bulkRefusal(status, verdict) === null;

/**
 * The declarant may add evidence to their own declaration while it is a draft or still open (sent, asked for more
 * information, escalated): until a decision settles it. After that, the record stands as it was decided on.
 */
export const ATTACHABLE = group("DRAFT", ...OPEN);

/** What an attachment is added to, and the viewer's relation to it (issue 16 item 1, decision 066). */
export type AttachTarget =
  /** The declaration itself: only its declarant. */
  | { to: "declaration"; isDeclarant: boolean }
  /** An answer to a question: only its author, while the answer is still being considered. */
  | { to: "answer"; isAuthor: boolean }
  /** A decision: only its decider, and only while it is still the last step (status = its outcome). */
  | { to: "decision"; isDecider: boolean; isLatest: boolean; outcome: string };

/**
 * May this viewer attach (or remove their own attachment) now? Pure: the data layer reads the relations from the
 * specific record in its transaction and asks this; the pages ask it to show the upload form.
 */
export function canAttach(status: DeclarationStatus, target: AttachTarget): boolean {
  switch (target.to) {
    case "declaration":
      return target.isDeclarant && ATTACHABLE.includes(status);
    case "answer":
      return target.isAuthor && OPEN.includes(status);
    case "decision":
      // Only a decision's outcome (DECISION_KINDS) can be where the declaration stands because of it.
      return (
        target.isDecider &&
        target.isLatest &&
        target.outcome === status &&
        (DECISION_KINDS as readonly string[]).includes(target.outcome)
      );
  }
}
