import "server-only";
// The authority model (docs/decisions/032-authority-model.md), its database half: the one place every path that
// changes a manager link, a role, a unit, access or a delegation goes through (the person form, the access
// toggle, the CSV import, the delegation form; later SCIM), and the one place the decision layer asks whether
// someone holds a manager's or deputy's right NOW. Everything here runs inside the caller's transaction, so a
// refusal changes nothing and a change commits with its audit events and notifications.
import type { Viewer } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import { dateOfDay, dayOfDateOrNull } from "@/lib/dates";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { integrityOfficersFor, notify } from "@/lib/notifications/events";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import { AWAITING_MANAGER, OPEN_WITH_MANAGER, nextStatus } from "@/lib/declarations/lifecycle";
import {
  delegationPeriodRefusal,
  deputyRefusal,
  holdsManagerRight,
  managerLinkRefusal,
  managerRoleRemovalRefusal,
  ownChangeRefusal,
  type AuthorityPerson,
} from "./authority-rules";

type Tx = Prisma.TransactionClient;
type Db = Pick<Tx, "person" | "delegation" | "declaration">;

const todayOf = () => amsterdamNow().today;

const PERSON_FACTS = { id: true, roles: true, disabledAt: true, employmentEnd: true } as const;
const facts = (p: {
  id: string;
  roles: Role[];
  disabledAt: Date | null;
  employmentEnd: Date | null;
}): AuthorityPerson => ({
  id: p.id,
  roles: p.roles,
  disabled: p.disabledAt !== null,
  employmentEnd: dayOfDateOrNull(p.employmentEnd),
});

/** A person of the organisation as the rules see them, or null (unknown, or another organisation's). */
export async function authorityFacts(db: Db, organisationId: string, id: string): Promise<AuthorityPerson | null> {
  const p = await db.person.findFirst({ where: { id, organisationId }, select: PERSON_FACTS });
  return p ? facts(p) : null;
}

function refuse(field: string, code: string, params?: Record<string, string>): AppError {
  return new AppError("VALIDATION", `authority: ${code}`, {
    fieldErrors: { [field]: code },
    ...(params ? { fieldParams: { [field]: params } } : {}),
  });
}

// ---- the person form, the import, SCIM: changes to a person's manager, roles, unit ---------------------------

export interface PersonChange {
  organisationId: string;
  viewerId: string;
  /** null for a person being created. */
  target: { id: string; managerId: string | null; roles: Role[]; unitId: string | null } | null;
  managerId: string | null;
  roles: Role[];
  unitId: string | null;
}

/**
 * Checks one person's change of manager, roles and unit against the model; returns refusal codes per form field
 * (manager, roles, unit), with parameters. Empty: allowed. The caller refuses the whole change when any is set.
 */
export async function personChangeRefusals(
  tx: Tx,
  change: PersonChange,
): Promise<{ errors: Record<string, string>; params: Record<string, Record<string, string>> }> {
  const errors: Record<string, string> = {};
  const params: Record<string, Record<string, string>> = {};
  const t = change.target;
  const managerChanges = (t?.managerId ?? null) !== change.managerId;
  const rolesBefore = t?.roles ?? ["EMPLOYEE"];
  const rolesChange = rolesBefore.length !== change.roles.length || rolesBefore.some((r) => !change.roles.includes(r));
  const unitChanges = !!t && t.unitId !== change.unitId;
  const own = ownChangeRefusal({
    viewerId: change.viewerId,
    targetId: t?.id ?? null,
    manager: managerChanges,
    roles: rolesChange,
    unit: unitChanges,
  });
  if (own) errors[own === "ownManager" ? "manager" : own === "ownRoles" ? "roles" : "unitId"] = own;
  if (managerChanges && change.managerId && !errors.manager) {
    const candidate = await authorityFacts(tx, change.organisationId, change.managerId);
    const refusal = candidate
      ? managerLinkRefusal({ viewerId: change.viewerId, targetId: t?.id ?? null, candidate, today: todayOf() })
      : "managerUnknown";
    if (refusal) errors.manager = refusal;
  }
  if (t && rolesChange && !errors.roles) {
    const inUse = await managerLoad(tx, change.organisationId, t.id);
    const refusal = managerRoleRemovalRefusal({ before: rolesBefore, after: change.roles, ...inUse });
    if (refusal) {
      errors.roles = refusal.code;
      params.roles = refusal.params;
    }
  }
  return { errors, params };
}

/** How many active reports and open declarations assigned to them a person has. */
export async function managerLoad(
  db: Db,
  organisationId: string,
  personId: string,
): Promise<{ reports: number; openAssigned: number }> {
  // One after the other: this may run on a transaction's connection, which takes one query at a time (pg 9 refuses more).
  const reports = await db.person.count({ where: { organisationId, managerId: personId, disabledAt: null } });
  const openAssigned = await db.declaration.count({
    where: { organisationId, assigneeId: personId, status: { in: [...OPEN_WITH_MANAGER] } },
  });
  return { reports, openAssigned };
}

/** Withdrawing or restoring access: never one's own (the reach check stays with the caller's role model). */
export function accessChangeRefusal(viewer: Pick<Viewer, "id">, targetId: string): AppError | null {
  return viewer.id === targetId ? new AppError("INVALID_STATE", "own access", { reason: "ownAccess" }) : null;
}

/**
 * After a person's manager changed (in the caller's transaction): the audit event (ids only), the messages to the
 * person and both managers, and the ONE rule for open declarations: those assigned to the old manager move to
 * the new one (or, with no new manager, to the integrity officer, as at submission), each move audited and told
 * to the person, the old manager and the new decider.
 */
export async function recordManagerChange(
  tx: Tx,
  input: {
    organisationId: string;
    actorId: string | null;
    personId: string;
    oldManagerId: string | null;
    newManagerId: string | null;
    version: number;
    via: "form" | "import" | "scim";
  },
): Promise<{ moved: number }> {
  const { organisationId, actorId, personId, oldManagerId, newManagerId } = input;
  if (oldManagerId === newManagerId) return { moved: 0 };
  const moved = oldManagerId
    ? await moveOpenDeclarations(tx, {
        organisationId,
        actorId,
        fromId: oldManagerId,
        toId: newManagerId,
        personId,
        reason: "manager-changed",
      })
    : 0;
  await recordAudit(tx, {
    organisationId,
    actorId,
    action: "person.manager-changed",
    entityType: "Person",
    entityId: personId,
    data: { oldManagerId, newManagerId, moved, via: input.via, version: input.version },
  });
  await notify(tx, {
    organisationId,
    kind: "MANAGER_CHANGED",
    params: { moved: String(moved), target: newManagerId ? "manager" : "integrity" },
    recipientIds: [personId, ...(oldManagerId ? [oldManagerId] : []), ...(newManagerId ? [newManagerId] : [])],
    eventKey: `person:${personId}:v${input.version}:manager-changed`,
  });
  return { moved };
}

/**
 * The ONE rule for open declarations whose decider changes: those assigned to `fromId` (of one declarant, or all)
 * move to `toId`, or with nobody to the integrity officer (as a person without a manager's do at submission).
 * Each move is audited and told to the declarant, the old decider and the new one.
 */
export async function moveOpenDeclarations(
  tx: Tx,
  input: {
    organisationId: string;
    actorId: string | null;
    fromId: string;
    toId: string | null;
    personId?: string;
    reason: "manager-changed" | "access-withdrawn";
  },
): Promise<number> {
  const { organisationId, actorId, fromId, toId } = input;
  const open = await tx.declaration.findMany({
    where: {
      organisationId,
      assigneeId: fromId,
      status: { in: [...OPEN_WITH_MANAGER] },
      ...(input.personId ? { personId: input.personId } : {}),
    },
    orderBy: { id: "asc" },
    select: { id: true, personId: true, status: true, version: true, type: true, reference: true },
  });
  for (const d of open) {
    // Without a new manager the declaration goes where a person without a manager's goes: the integrity officer.
    const status = nextStatus(d.status, { kind: "reassign", to: toId ? "manager" : "integrity" }) ?? d.status;
    const updated = await tx.declaration.updateMany({
      where: { id: d.id, version: d.version },
      data: toId
        ? { assigneeId: toId, version: { increment: 1 } }
        : { assigneeId: null, deciderRole: "INTEGRITY_OFFICER", status, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "declaration changed while moving it");
    const newDeciders = toId
      ? [toId]
      : await integrityOfficersFor(tx, { id: d.id, organisationId, personId: d.personId });
    const base = {
      organisationId,
      declarationId: d.id,
      params: { reference: d.reference ?? "", type: DB_TO_RULE_TYPE[d.type], target: toId ? "manager" : "integrity" },
    };
    // Waiting for a decision: the new decider is asked to decide. Waiting for the person's answer: the new
    // decider hears it moved to them (the answer will come to them).
    if (AWAITING_MANAGER.includes(d.status))
      await notify(tx, {
        ...base,
        kind: "DECISION_NEEDED",
        recipientIds: newDeciders,
        eventKey: `declaration:${d.id}:v${d.version + 1}:moved-decide`,
      });
    await notify(tx, {
      ...base,
      kind: "DECLARATION_MOVED",
      eventKey: `declaration:${d.id}:v${d.version + 1}:moved`,
      recipientIds: [d.personId, fromId, ...(AWAITING_MANAGER.includes(d.status) ? [] : newDeciders)],
    });
    await recordAudit(tx, {
      organisationId,
      actorId,
      action: "declaration.reassigned",
      entityType: "Declaration",
      entityId: d.id,
      data: { fromId, toId, status, version: d.version + 1, reason: input.reason },
    });
  }
  return open.length;
}

// ---- rights held now: the decision layer ---------------------------------------------------------------

/** Does this person of the organisation hold MANAGER now (active, role held)? */
/** holdsManagerRight for a person row the caller read itself (null: unknown, or another organisation's). */
export function holdsManagerRightToday(
  p: { id: string; roles: Role[]; disabledAt: Date | null; employmentEnd: Date | null } | null,
): boolean {
  return !!p && holdsManagerRight(facts(p), todayOf());
}

export async function holdsManagerRightNow(db: Db, organisationId: string, personId: string): Promise<boolean> {
  const p = await authorityFacts(db, organisationId, personId);
  return !!p && holdsManagerRight(p, todayOf());
}

/**
 * The managers the viewer stands in for today: a delegation active today (inclusive, not revoked), the viewer
 * holding the deputy's right now (MANAGER, active), and the delegating manager still holding MANAGER and active.
 */
export async function activeDelegatorsOf(db: Db, viewer: Pick<Viewer, "id" | "organisationId">): Promise<string[]> {
  const today = todayOf();
  if (!(await holdsManagerRightNow(db, viewer.organisationId, viewer.id))) return [];
  const rows = await db.delegation.findMany({
    where: {
      deputyId: viewer.id,
      revokedAt: null,
      startsOn: { lte: dateOfDay(today) },
      endsOn: { gte: dateOfDay(today) },
      manager: { organisationId: viewer.organisationId },
    },
    select: { manager: { select: PERSON_FACTS } },
  });
  return [
    ...new Set(
      rows
        .map((r) => facts(r.manager))
        .filter((m) => holdsManagerRight(m, today))
        .map((m) => m.id),
    ),
  ];
}

// ---- delegations ------------------------------------------------------------------------------------------

/** Checks a new delegation of `viewer` (who must hold MANAGER now) to `deputyId` for the period. */
export async function assertDelegationAllowed(
  tx: Tx,
  viewer: Pick<Viewer, "id" | "organisationId">,
  input: { deputyId: string; startsOn: string; endsOn: string },
): Promise<void> {
  if (!(await holdsManagerRightNow(tx, viewer.organisationId, viewer.id)))
    throw new AppError("FORBIDDEN", "managers only");
  const today = todayOf();
  const deputy =
    input.deputyId === viewer.id
      ? { id: viewer.id, roles: [], disabled: false, employmentEnd: null }
      : await authorityFacts(tx, viewer.organisationId, input.deputyId);
  const refusal = deputyRefusal({ managerId: viewer.id, deputy, today });
  if (refusal) throw refuse("deputyId", refusal);
  const period = delegationPeriodRefusal({ ...input, today });
  if (period) throw refuse(period.field, period.code);
}

/** The colleagues a manager may name as deputy: exactly those assertDelegationAllowed accepts. */
export async function eligibleDeputies(
  db: Db & Pick<Tx, "$queryRaw">,
  viewer: Pick<Viewer, "id" | "organisationId">,
): Promise<{ id: string; name: string; functionTitle: string }[]> {
  const today = todayOf();
  // Raw SQL: the PGlite adapter cannot bind an enum-array "has" filter (observed: "malformed array literal").
  return db.$queryRaw<{ id: string; name: string; functionTitle: string }[]>`
    select id, name, "functionTitle" from "Person"
    where "organisationId" = ${viewer.organisationId} and "disabledAt" is null and id <> ${viewer.id} and 'MANAGER' = any(roles)
      and ("employmentEnd" is null or "employmentEnd" >= ${dateOfDay(today)})
    order by name`;
}

/** Only the manager who gave a delegation revokes it (revoking only takes a right away, so holding MANAGER is not asked). */
export async function delegationToRevoke(
  tx: Tx,
  viewer: Pick<Viewer, "id" | "organisationId">,
  id: string,
): Promise<{ id: string } | null> {
  return tx.delegation.findFirst({
    where: { id, managerId: viewer.id, revokedAt: null, manager: { organisationId: viewer.organisationId } },
    select: { id: true },
  });
}
