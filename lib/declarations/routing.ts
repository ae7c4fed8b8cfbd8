import "server-only";
// Where a sent declaration goes and who hears of it: the routing half of submitting (lib/declarations/data.ts
// writes the result). The manager decides only while holding MANAGER now (decision 032); nobody decides on
// their own declaration. The statuses come from the lifecycle (lib/declarations/lifecycle.ts).
import type { Viewer } from "@/lib/auth/session";
import type { Prisma, DeclarationStatus, DeciderRole } from "@/lib/generated/prisma/client";
import type { DeclarationType as RuleType, Verdict } from "@/lib/rules";
import { holdsManagerRightNow } from "@/lib/people/authority";
import { integrityOfficersFor, notify } from "@/lib/notifications/events";
import { DECIDER_TO_DB } from "./types";
import { AWAITING_INTEGRITY, AWAITING_MANAGER, type Route } from "./lifecycle";

type Tx = Prisma.TransactionClient;

export interface Routing {
  route: Route;
  deciderRole: DeciderRole;
  assigneeId: string | null;
}

/** Who hears of a submission: the deciding manager, the integrity officers, or (register-only) the manager for information. */
export async function notifyOnSubmit(
  tx: Tx,
  viewer: Viewer,
  d: {
    id: string;
    version: number;
    reference: string;
    type: RuleType;
    status: DeclarationStatus;
    assigneeId: string | null;
    resubmitted: boolean;
  },
  /** Whether the viewer's manager holds MANAGER now, when the caller already read it (the submission does). */
  managerHoldsRight?: boolean,
) {
  // The reference and the kind only: the title, the answers and the declarant's name stay behind the sign-in (decision 037).
  const params = { reference: d.reference, type: d.type };
  const base = {
    organisationId: viewer.organisationId,
    declarationId: d.id,
    params,
    eventKey: `declaration:${d.id}:v${d.version}:${d.status}`,
  };
  const kind = d.resubmitted ? ("ANSWERED" as const) : ("DECISION_NEEDED" as const);
  if (AWAITING_MANAGER.includes(d.status) && d.assigneeId)
    return notify(tx, { ...base, kind, recipientIds: [d.assigneeId] });
  if (AWAITING_INTEGRITY.includes(d.status))
    return notify(tx, {
      ...base,
      kind,
      recipientIds: await integrityOfficersFor(tx, {
        id: d.id,
        organisationId: viewer.organisationId,
        personId: viewer.id,
      }),
    });
  if (
    d.status === "REGISTERED" &&
    viewer.managerId &&
    (managerHoldsRight ?? (await holdsManagerRightNow(tx, viewer.organisationId, viewer.managerId)))
  )
    return notify(tx, { ...base, kind: "REGISTERED_INFO", recipientIds: [viewer.managerId] });
}

/** An answered question goes back to the manager who asked, while they still hold MANAGER (decision 032); otherwise to the integrity officer. */
export async function backToDecider(
  tx: Tx,
  viewer: Viewer,
  role: DeciderRole,
  assigneeId: string | null,
): Promise<Routing> {
  if (role === "MANAGER" && assigneeId && (await holdsManagerRightNow(tx, viewer.organisationId, assigneeId)))
    return { route: "manager", deciderRole: role, assigneeId };
  return { route: "integrity", deciderRole: role === "TOP" ? "TOP" : "INTEGRITY_OFFICER", assigneeId: null };
}

/**
 * Where a submitted declaration goes. Register-only outcomes are acknowledged at once. Others go to the
 * decider the rules name: the direct manager, or the integrity officer / top for referral cases. Nobody
 * decides on their own declaration: with no manager, it goes to the integrity officer.
 */
export async function route(
  tx: Tx,
  viewer: Viewer,
  verdict: Verdict,
  /** The declarant's manager link and that manager's right now, when the caller read them in its transaction. */
  known?: { managerId: string | null; managerHoldsRight: boolean },
): Promise<Routing> {
  // A "register" verdict still goes to a decider when the code leaves them a decision (a handed-in gift's
  // destination, 002 L408-411; decision 038): filing it as registered would leave nobody to take it.
  if ((verdict.outcome === "no-duty" || verdict.outcome === "register") && !verdict.decisionRequired) {
    return { route: "register", deciderRole: "NONE", assigneeId: null };
  }
  const role = DECIDER_TO_DB[verdict.decider];
  if (role === "MANAGER" || role === "NONE") {
    const managerId =
      known?.managerId ??
      (known
        ? null
        : (await tx.person.findUniqueOrThrow({ where: { id: viewer.id }, select: { managerId: true } })).managerId);
    // The manager decides only while holding MANAGER now (decision 032): a link alone gives no right.
    if (
      managerId &&
      managerId !== viewer.id &&
      (known?.managerHoldsRight ?? (await holdsManagerRightNow(tx, viewer.organisationId, managerId)))
    ) {
      return { route: "manager", deciderRole: "MANAGER", assigneeId: managerId };
    }
    return { route: "integrity", deciderRole: "INTEGRITY_OFFICER", assigneeId: null };
  }
  return { route: "integrity", deciderRole: role, assigneeId: null };
}
