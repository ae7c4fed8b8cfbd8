import "server-only";
// Decisions: the data access layer for managers, their deputies and integrity officers.
// Who may decide is checked here, against the specific declaration, inside the transaction that
// writes the decision and its audit event: the assigned manager, an active deputy of that manager, or
// (for escalated and referral cases) an integrity officer of the same organisation; never the declarant.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/session-roles";
import { recordAudit } from "@/lib/audit/record";
import { queueForRegister } from "@/lib/register/sync";
import { AppError, conflict, invalidState, notFound } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import type { DeclarationStatus, DeclarationType, Prisma } from "@/lib/generated/prisma/client";
import type { Verdict } from "@/lib/rules";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import { normaliseReference } from "@/lib/declarations/reference";
import { canReach } from "@/lib/auth/areas";
import type { DecisionInput, DelegationInput } from "./schemas";
import { dateOfDay, dayOfDate } from "@/lib/dates";
import { excludedManagerOf, recordRecusalWithDecision } from "@/lib/recusals/data";
import type { RecusalPart } from "@/lib/recusals/schemas";
import { integrityOfficers, notify } from "@/lib/notifications/events";
import {
  checkAgainstCode,
  recordAgainstCode,
  sameGiverThisYear,
  verdictAtFiling,
  type GiverYear,
} from "./against-code";
import {
  activeDelegatorsOf,
  assertDelegationAllowed,
  delegationToRevoke,
  eligibleDeputies,
  holdsManagerRightNow,
} from "@/lib/people/authority";
import {
  AWAITING_INTEGRITY,
  AWAITING_MANAGER,
  SENT,
  hasConditions,
  isFinalDecision,
  isPermitted,
  nextStatus,
  type DecidingAs,
} from "@/lib/declarations/lifecycle";

type Tx = Prisma.TransactionClient;

/**
 * Managers the viewer stands in for today: the delegation active today, the viewer holding the deputy's right
 * now and the delegating manager still holding MANAGER (lib/people/authority.ts, decision 032).
 */
async function delegatorsOf(db: Tx | Awaited<ReturnType<typeof getDb>>, viewer: Viewer): Promise<string[]> {
  return activeDelegatorsOf(db, viewer);
}

/** The viewer holds MANAGER now (read in the caller's transaction, not from the session). */
async function managerNow(db: Tx | Awaited<ReturnType<typeof getDb>>, viewer: Viewer): Promise<boolean> {
  return holdsManagerRightNow(db, viewer.organisationId, viewer.id);
}

interface DecisionRight {
  /** Set when the viewer decides as deputy of this manager. */
  onBehalfOfId: string | null;
  as: DecidingAs;
}

/** May the viewer decide on this declaration now? null when not: the caller answers "not found". */
async function decisionRight(
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
async function canReadAsDecider(
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

export interface DecideResult {
  status: DeclarationStatus;
  /** Whose queue the decision was taken from: the integrity officers' or a manager's (own, or as deputy). */
  queue: "integrity" | "manager";
}

/** Records a decision (approve, with conditions, refuse, ask for information, escalate) with its audit event. */
export async function decideDeclaration(
  viewer: Viewer,
  input: DecisionInput,
  recusal: RecusalPart = null,
): Promise<DecideResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const d = await tx.declaration.findFirst({
      where: { id: input.id, organisationId: viewer.organisationId },
      select: {
        id: true,
        organisationId: true,
        personId: true,
        status: true,
        version: true,
        type: true,
        assigneeId: true,
        policyVersion: true,
        verdict: true,
        deciderRole: true,
        reference: true,
        answers: true,
        submittedAt: true,
      },
    });
    if (!d) throw notFound("declaration");
    const right = await decisionRight(tx, viewer, d);
    if (!right) {
      // Someone who could read it but may not decide now (already decided, withdrawn): say so; others: not found.
      if (await canReadAsDecider(tx, viewer, d)) throw invalidState(d.status);
      throw notFound("declaration");
    }
    if (d.version !== input.version) throw conflict({ currentVersion: d.version });
    const status = nextStatus(d.status, { kind: "decide", outcome: input.kind, as: right.as });
    // The one decision the lifecycle refuses to a decider who holds the right: escalating to the integrity officer, who has it.
    if (!status)
      throw new AppError("VALIDATION", "already with the integrity officer", {
        fieldErrors: { kind: "alreadyEscalated" },
      });
    if (input.giftDestination && d.type !== "GIFT")
      throw new AppError("VALIDATION", "destination only for gifts", {
        fieldErrors: { giftDestination: "destinationOnlyForGifts" },
      });
    const { today } = amsterdamNow();
    if (input.reassessOn && input.reassessOn < today)
      throw new AppError("VALIDATION", "reassess in the past", { fieldErrors: { reassessOn: "reassessInPast" } });
    // Against the code's verdict at filing: a reason and a confirmed second step, or nothing is written (decision 052).
    const against = await checkAgainstCode(tx, d, input);

    const final = isFinalDecision(status);
    const updated = await tx.declaration.updateMany({
      where: { id: d.id, version: d.version },
      data: {
        status,
        version: { increment: 1 },
        ...(final
          ? {
              decidedAt: new Date(),
              assigneeId: null,
              reassessOn: input.reassessOn ? dateOfDay(input.reassessOn) : null,
            }
          : {}),
        ...(AWAITING_INTEGRITY.includes(status) ? { deciderRole: "INTEGRITY_OFFICER", assigneeId: null } : {}),
      },
    });
    if (updated.count !== 1) throw conflict();
    const decision = await tx.decision.create({
      select: { id: true },
      data: {
        declarationId: d.id,
        deciderId: viewer.id,
        onBehalfOfId: right.onBehalfOfId,
        outcome: input.kind,
        reason: input.reason,
        conditions: input.kind === "APPROVED_WITH_CONDITIONS" ? input.conditions : null,
        giftDestination: d.type === "GIFT" && final ? input.giftDestination : null,
        handedInAt: d.type === "GIFT" && input.handedInOn ? dateOfDay(input.handedInOn) : null,
        reassessOn: input.reassessOn ? dateOfDay(input.reassessOn) : null,
        policyVersion: d.policyVersion ?? "unknown",
        againstCode: against.againstCode,
        codeOutcome: against.codeOutcome,
      },
    });
    await recordAgainstCode(tx, viewer, d, { id: decision.id, outcome: input.kind }, against);
    // What the person does not handle, and until when (decision 041): same transaction, its own audit event.
    await recordRecusalWithDecision(tx, viewer, d, { id: decision.id, outcome: input.kind }, recusal);
    if (input.kind === "INFO_REQUESTED") {
      await tx.declarationMessage.create({
        data: { declarationId: d.id, authorId: viewer.id, kind: "QUESTION", body: input.reason },
      });
    }
    // A permitted side job of a designated person waits for HR to review and publish it (issue: public register).
    const verdict = d.verdict as Verdict | null;
    if (d.type === "SIDE_JOB" && isPermitted(status) && verdict?.publishInRegister) {
      await queueForRegister(tx, d.id, input.kind === "APPROVED_WITH_CONDITIONS" ? input.conditions : null, viewer.id);
    }
    const notice = {
      organisationId: viewer.organisationId,
      declarationId: d.id,
      params: { reference: d.reference ?? "", type: DB_TO_RULE_TYPE[d.type], outcome: input.kind },
      eventKey: `declaration:${d.id}:v${d.version + 1}:${input.kind}`,
    };
    if (input.kind === "ESCALATED")
      await notify(tx, {
        ...notice,
        kind: "DECISION_NEEDED",
        recipientIds: await integrityOfficers(tx, viewer.organisationId, d.personId),
      });
    else
      await notify(tx, {
        ...notice,
        kind: input.kind === "INFO_REQUESTED" ? "INFO_REQUESTED" : "DECIDED",
        recipientIds: [d.personId],
      });
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action:
        input.kind === "INFO_REQUESTED"
          ? "declaration.info-requested"
          : input.kind === "ESCALATED"
            ? "declaration.escalated"
            : "declaration.decided",
      entityType: "Declaration",
      entityId: d.id,
      data: {
        outcome: input.kind,
        status,
        version: d.version + 1,
        onBehalfOf: right.onBehalfOfId,
        policyVersion: d.policyVersion,
        ...(against.againstCode ? { againstCode: true } : {}),
      },
    });
    return { status, queue: right.as === "integrity-officer" ? "integrity" : "manager" };
  });
}

/** The employee confirms they have read the conditions of an approval. Only the declarant can. */
export async function acknowledgeConditions(viewer: Viewer, input: { id: string }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const d = await tx.declaration.findFirst({
      where: { id: input.id, personId: viewer.id, organisationId: viewer.organisationId },
      select: { id: true, status: true },
    });
    if (!d) throw notFound("declaration");
    if (!hasConditions(d.status)) throw invalidState(d.status);
    const decision = await tx.decision.findFirst({
      where: { declarationId: d.id, outcome: "APPROVED_WITH_CONDITIONS" },
      orderBy: { createdAt: "desc" },
      select: { id: true, acknowledgedAt: true },
    });
    if (!decision) throw invalidState(d.status);
    if (decision.acknowledgedAt) return;
    await tx.decision.update({ where: { id: decision.id }, data: { acknowledgedAt: new Date() } });
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: "declaration.conditions-acknowledged",
      entityType: "Declaration",
      entityId: d.id,
      data: { decisionId: decision.id },
    });
  });
}

// ---- queues and dashboards ----------------------------------------------------------------------

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
}

function ageDays(from: Date | null): number {
  return from ? Math.floor((Date.now() - from.getTime()) / 86_400_000) : 0;
}

/** Declarations awaiting the viewer's decision as manager or as deputy. */
export async function listManagerQueue(viewer: Viewer, filters: QueueFilters = {}): Promise<QueueItem[]> {
  const db = await getDb();
  const delegators = await delegatorsOf(db, viewer);
  const own = (await managerNow(db, viewer)) ? [viewer.id] : [];
  const rows = await db.declaration.findMany({
    where: {
      organisationId: viewer.organisationId,
      status: { in: [...AWAITING_MANAGER] },
      assigneeId: { in: [...own, ...delegators] },
      personId: { not: viewer.id },
      ...(filters.type ? { type: filters.type } : {}),
      ...(filters.outcome ? { ruleOutcome: filters.outcome } : {}),
    },
    orderBy: { submittedAt: filters.sort === "newest" ? "desc" : "asc" },
    take: 500,
    select: {
      id: true,
      reference: true,
      type: true,
      title: true,
      submittedAt: true,
      ruleOutcome: true,
      status: true,
      assigneeId: true,
      person: { select: { name: true } },
      assignee: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    type: DB_TO_RULE_TYPE[r.type],
    title: r.title,
    personName: r.person.name,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    ageDays: ageDays(r.submittedAt),
    ruleOutcome: r.ruleOutcome,
    status: r.status,
    onBehalfOfName: r.assigneeId !== viewer.id ? (r.assignee?.name ?? null) : null,
  }));
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
    select: {
      id: true,
      reference: true,
      type: true,
      title: true,
      submittedAt: true,
      ruleOutcome: true,
      status: true,
      person: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    type: DB_TO_RULE_TYPE[r.type],
    title: r.title,
    personName: r.person.name,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    ageDays: ageDays(r.submittedAt),
    ruleOutcome: r.ruleOutcome,
    status: r.status,
    onBehalfOfName: null,
  }));
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
  messages: { kind: string; body: string; authorName: string; createdAt: string }[];
  decisions: {
    outcome: string;
    reason: string;
    conditions: string | null;
    againstCode: boolean;
    codeOutcome: string | null;
    deciderName: string;
    onBehalfOfName: string | null;
    createdAt: string;
  }[];
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

/** A declaration as a decider sees it, or null when the viewer may not see it. */
export async function getForDecision(viewer: Viewer, id: string): Promise<DecisionView | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const d = await tx.declaration.findFirst({
      where: { id, organisationId: viewer.organisationId, status: { in: [...SENT] } },
      select: {
        id: true,
        organisationId: true,
        personId: true,
        type: true,
        status: true,
        version: true,
        title: true,
        answers: true,
        verdict: true,
        submittedAt: true,
        reference: true,
        assigneeId: true,
        counterparty: true,
        occursOn: true,
        valueCents: true,
        person: { select: { name: true, functionTitle: true } },
        assignee: { select: { name: true } },
        messages: {
          orderBy: { createdAt: "asc" },
          select: { kind: true, body: true, createdAt: true, author: { select: { name: true } } },
        },
        decisions: {
          orderBy: { createdAt: "asc" },
          select: {
            outcome: true,
            reason: true,
            conditions: true,
            createdAt: true,
            againstCode: true,
            codeOutcome: true,
            decider: { select: { name: true } },
            onBehalfOf: { select: { name: true } },
          },
        },
      },
    });
    if (!d || !(await canReadAsDecider(tx, viewer, d))) return null;
    // The code's verdict at filing (stored, or worked out again under the policy of the filing date) and the giver's year (decision 052).
    const [atFiling, giverYear] = await Promise.all([verdictAtFiling(tx, d), sameGiverThisYear(tx, d)]);
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
      messages: d.messages.map((m) => ({
        kind: m.kind,
        body: m.body,
        authorName: m.author.name,
        createdAt: m.createdAt.toISOString(),
      })),
      decisions: d.decisions.map((x) => ({
        outcome: x.outcome,
        reason: x.reason,
        conditions: x.conditions,
        againstCode: x.againstCode,
        codeOutcome: x.codeOutcome,
        deciderName: x.decider.name,
        onBehalfOfName: x.onBehalfOf?.name ?? null,
        createdAt: x.createdAt.toISOString(),
      })),
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

// ---- deputies -------------------------------------------------------------------------------------

export async function createDelegation(viewer: Viewer, input: DelegationInput): Promise<{ id: string }> {
  if (!hasRole(viewer, "MANAGER")) throw new AppError("FORBIDDEN", "managers only");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Who may stand in and for how long: the authority model (lib/people/authority.ts, decision 032).
    await assertDelegationAllowed(tx, viewer, input);
    const created = await tx.delegation.create({
      data: {
        managerId: viewer.id,
        deputyId: input.deputyId,
        startsOn: dateOfDay(input.startsOn),
        endsOn: dateOfDay(input.endsOn),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: "delegation.created",
      entityType: "Delegation",
      entityId: created.id,
      data: { deputyId: input.deputyId, startsOn: input.startsOn, endsOn: input.endsOn },
    });
    return created;
  });
}

export async function revokeDelegation(viewer: Viewer, input: { id: string }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const found = await delegationToRevoke(tx, viewer, input.id);
    if (!found) throw notFound("delegation");
    await tx.delegation.update({ where: { id: found.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: "delegation.revoked",
      entityType: "Delegation",
      entityId: found.id,
    });
  });
}

export async function listDelegations(viewer: Viewer) {
  const db = await getDb();
  const [given, received, colleagues] = await Promise.all([
    db.delegation.findMany({
      where: { managerId: viewer.id, revokedAt: null },
      orderBy: { startsOn: "desc" },
      select: { id: true, startsOn: true, endsOn: true, deputy: { select: { name: true } } },
    }),
    db.delegation.findMany({
      where: { deputyId: viewer.id, revokedAt: null },
      orderBy: { startsOn: "desc" },
      select: { id: true, startsOn: true, endsOn: true, manager: { select: { name: true } } },
    }),
    // Exactly the colleagues createDelegation accepts.
    eligibleDeputies(db, viewer),
  ]);
  return {
    given: given.map((g) => ({
      id: g.id,
      name: g.deputy.name,
      startsOn: dayOfDate(g.startsOn),
      endsOn: dayOfDate(g.endsOn),
    })),
    received: received.map((r) => ({
      id: r.id,
      name: r.manager.name,
      startsOn: dayOfDate(r.startsOn),
      endsOn: dayOfDate(r.endsOn),
    })),
    candidates: colleagues,
  };
}
