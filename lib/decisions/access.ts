import "server-only";
// Who may decide on, or read as a decider, a specific declaration: the assigned manager holding MANAGER now, an
// active deputy of that manager, or (for escalated and referral cases) an integrity officer of the same
// organisation; never the declarant. Asked by the decision writes (data.ts), the queues and the decision page.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/session-roles";
import type { DeclarationStatus, Prisma } from "@/lib/generated/prisma/client";
import { excludedManagerOf } from "@/lib/recusals/excluded-manager";
import { activeDelegatorsOf, holdsManagerRightNow } from "@/lib/people/authority";
import { AWAITING_INTEGRITY, AWAITING_MANAGER, type DecidingAs } from "@/lib/declarations/lifecycle";

export type Tx = Prisma.TransactionClient;

/**
 * Managers the viewer stands in for today: the delegation active today, the viewer holding the deputy's right
 * now and the delegating manager still holding MANAGER (lib/people/authority.ts, decision 032).
 */
export async function delegatorsOf(db: Tx | Awaited<ReturnType<typeof getDb>>, viewer: Viewer): Promise<string[]> {
  return activeDelegatorsOf(db, viewer);
}

/** The viewer holds MANAGER now (read in the caller's transaction, not from the session). */
export async function managerNow(db: Tx | Awaited<ReturnType<typeof getDb>>, viewer: Viewer): Promise<boolean> {
  return holdsManagerRightNow(db, viewer.organisationId, viewer.id);
}

export interface DecisionRight {
  /** Set when the viewer decides as deputy of this manager. */
  onBehalfOfId: string | null;
  as: DecidingAs;
}

/** May the viewer decide on this declaration now? null when not: the caller answers "not found". */
export async function decisionRight(
  tx: Tx,
  viewer: Viewer,
  d: { id: string; organisationId: string; personId: string; status: DeclarationStatus; assigneeId: string | null },
): Promise<DecisionRight | null> {
  if (d.organisationId !== viewer.organisationId) return null;
  // Nobody decides on their own declaration.
  if (d.personId === viewer.id) return null;
  if (AWAITING_MANAGER.includes(d.status) && d.assigneeId) {
    // The assigned manager decides only while holding MANAGER now (a link alone gives no right).
    if (d.assigneeId === viewer.id && (await managerNow(tx, viewer))) return { onBehalfOfId: null, as: "manager" };
    if ((await delegatorsOf(tx, viewer)).includes(d.assigneeId)) return { onBehalfOfId: d.assigneeId, as: "deputy" };
  }
  if (AWAITING_INTEGRITY.includes(d.status) && hasRole(viewer, "INTEGRITY_OFFICER")) {
    // A report about one's own relationship with the declarant is not decided by that manager, whatever roles they hold (decision 041).
    if ((await excludedManagerOf(tx, d.id)) === viewer.id) return null;
    return { onBehalfOfId: null, as: "integrity-officer" };
  }
  return null;
}

/** May the viewer read this declaration as a decider (open for them, or decided by them / their delegators)? */
export async function canReadAsDecider(
  tx: Tx,
  viewer: Viewer,
  d: { id: string; organisationId: string; personId: string; status: DeclarationStatus; assigneeId: string | null },
) {
  if (await decisionRight(tx, viewer, d)) return true;
  if (d.organisationId !== viewer.organisationId || d.personId === viewer.id) return false;
  if (hasRole(viewer, "INTEGRITY_OFFICER")) return true;
  const person = await tx.person.findUnique({ where: { id: d.personId }, select: { managerId: true } });
  if (person?.managerId === viewer.id && (await managerNow(tx, viewer))) return true;
  const delegators = await delegatorsOf(tx, viewer);
  return person?.managerId ? delegators.includes(person.managerId) : false;
}

/**
 * May the viewer read this declaration at all: its declarant, or a decider as above. The one read check of what
 * hangs off a declaration outside its pages: the printable record (/meldingen/<id>/pdf, decision 065) and its
 * attachments (/meldingen/<id>/bijlagen/<attachmentId>, decision 066).
 */
export async function canReadDeclaration(
  tx: Tx,
  viewer: Viewer,
  d: { id: string; organisationId: string; personId: string; status: DeclarationStatus; assigneeId: string | null },
): Promise<boolean> {
  if (d.organisationId !== viewer.organisationId) return false;
  return d.personId === viewer.id || canReadAsDecider(tx, viewer, d);
}
