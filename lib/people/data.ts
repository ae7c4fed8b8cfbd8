import "server-only";
// People and organisation: the data access layer. Every function takes the viewer; the administration
// functions check the area (HR, ADMIN: lib/auth/areas.ts) and the viewer's own organisation for every id
// the client sends (unknown or foreign ids: "not found"). Each change, its audit event (facts and field
// names, never values) and the register reconciliation commit in one transaction.
//
// The parts live beside it: units.ts, import.ts (the CSV import), demo-accounts.ts, reads.ts (the people list and
// one person); this file keeps adding and changing a person, access and the single sign-on link, and re-exports
// the parts, so callers import the people data layer from here (decision 045).
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { recordAudit, recordViewerAudit } from "@/lib/audit/record";
import { reconcileRegister } from "@/lib/register/sync";
import { AppError, conflict, fromPrismaError, notFound } from "@/lib/errors";
import { expectOneUpdated, expectVersion, updateVersioned } from "@/lib/db/guarded-update";
import { dateOfDayOrNull } from "@/lib/dates";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { findCycle } from "./plan";
import { grantableRoles } from "./roles";
import { accessChangeRefusal, moveOpenDeclarations, personChangeRefusals, recordManagerChange } from "./authority";
import type { PersonInput } from "./schemas";
import { canonicalJson } from "./canonical";
import { ROLE_ORDER } from "./values";
import { hasNoNul, INVALID_CHARACTERS, storableText } from "@/lib/text";
import { validation } from "./validation";
import { PERSON_EDIT_FIELDS, PERSON_RECORD_SELECT } from "./record";

export * from "./units";
export * from "./import";
export * from "./demo-accounts";
export * from "./reads";

type Tx = Prisma.TransactionClient;

/**
 * Who changes people: a viewer on the person form, or a provisioning client (SCIM, decision 070). Both go through
 * the same checks below; a client is no person, so its audit events carry no actor id but name the client.
 */
export interface PeopleActor {
  organisationId: string;
  /** The person acting (their own record is out of bounds), or null for a provisioning client. */
  personId: string | null;
  /** The roles the actor may hand out or take away (lib/people/roles.ts for a viewer; the token's for a client). */
  grantable: readonly Role[];
  via: "form" | "scim";
  /** Added to every audit event's facts, e.g. { via: "scim", scimTokenId }. */
  auditData?: Prisma.InputJsonObject;
}

export function viewerActor(viewer: Viewer): PeopleActor {
  return { organisationId: viewer.organisationId, personId: viewer.id, grantable: grantableRoles(viewer), via: "form" };
}

/** The actor may not change someone who holds a role it could not assign (e.g. an administrator and an HR adviser). */
function assertWithinReach(actor: Pick<PeopleActor, "grantable">, roles: Role[]) {
  const grantable = actor.grantable;
  if (!roles.every((r) => grantable.includes(r)))
    throw new AppError("FORBIDDEN", "person holds a role beyond the viewer's reach", { reason: "outOfReach" });
}

/** The manager's id for a personnel number or e-mail address, within the organisation. */
async function resolveManager(tx: Tx, organisationId: string, ref: string): Promise<string | null> {
  const where = ref.includes("@") ? { organisationId, email: ref.toLowerCase() } : { organisationId, externalId: ref };
  return (await tx.person.findFirst({ where, select: { id: true } }))?.id ?? null;
}

/** Adds a person (no id) or changes one (id + the version the form was opened with). */
export async function savePerson(viewer: Viewer, input: PersonInput): Promise<{ id: string }> {
  assertArea(viewer, "people");
  return savePersonAs(viewerActor(viewer), input);
}

/** savePerson for any actor: the caller has established who it is and that it may administer people. */
export async function savePersonAs(actor: PeopleActor, input: PersonInput): Promise<{ id: string }> {
  const db = await getDb();
  const org = actor.organisationId;
  const actorKey = actor.personId ?? "";
  try {
    return await db.$transaction(async (tx) => {
      const existing = input.id
        ? await tx.person.findFirst({
            where: { id: input.id, organisationId: org },
            select: PERSON_RECORD_SELECT,
          })
        : null;
      if (input.id && !existing) throw notFound("person");
      if (existing) assertWithinReach(actor, existing.roles);
      if (existing) expectVersion(existing.version, input.version);

      const errors: Record<string, string> = {};
      const params: Record<string, Record<string, string>> = {};
      const emailOwner = await tx.person.findUnique({ where: { email: input.email }, select: { id: true } });
      if (emailOwner && emailOwner.id !== existing?.id) errors.email = "emailTaken";
      if (input.externalId) {
        const owner = await tx.person.findFirst({
          where: { organisationId: org, externalId: input.externalId },
          select: { id: true },
        });
        if (owner && owner.id !== existing?.id) errors.externalId = "externalIdTaken";
      }
      if (
        input.unitId &&
        !(await tx.unit.findFirst({ where: { id: input.unitId, organisationId: org }, select: { id: true } }))
      )
        errors.unitId = "unitUnknown";
      let managerId: string | null = null;
      if (input.manager) {
        managerId = await resolveManager(tx, org, input.manager);
        if (!managerId) errors.manager = "managerUnknown";
        else if (managerId === existing?.id) errors.manager = "managerSelf";
        else if (existing && managerId !== existing.managerId) {
          // The chain as it would be: does it lead back to this person?
          const people = await tx.person.findMany({
            where: { organisationId: org },
            select: { id: true, managerId: true, name: true },
          });
          const managerOf = new Map(people.map((p) => [p.id, p.managerId]));
          managerOf.set(existing.id, managerId);
          const cycle = findCycle(existing.id, (n) => managerOf.get(n));
          if (cycle) {
            const names = new Map(people.map((p) => [p.id, p.id === existing.id ? input.name : p.name]));
            errors.manager = "managerCycle";
            params.manager = { chain: cycle.map((n) => names.get(n) ?? "?").join(" → ") };
          }
        }
      }
      const before = existing?.roles ?? ["EMPLOYEE"];
      const changedRoles = ROLE_ORDER.filter((r) => before.includes(r) !== input.roles.includes(r));
      // The authority model (decision 032): own manager, roles and unit; who may be a manager; MANAGER in use.
      const authority = await personChangeRefusals(tx, {
        organisationId: org,
        viewerId: actorKey,
        target: existing,
        managerId: errors.manager ? (existing?.managerId ?? null) : managerId,
        roles: input.roles as Role[],
        unitId: errors.unitId ? (existing?.unitId ?? null) : input.unitId,
      });
      for (const [field, code] of Object.entries(authority.errors)) if (!errors[field]) errors[field] = code;
      for (const [field, p] of Object.entries(authority.params))
        if (errors[field] === authority.errors[field]) params[field] = p;
      if (!errors.roles && changedRoles.some((r) => !actor.grantable.includes(r))) errors.roles = "roleNotAllowed";
      if (Object.keys(errors).length) throw validation(errors, params);

      const data = {
        name: input.name,
        email: input.email,
        externalId: input.externalId,
        functionTitle: input.functionTitle,
        unitId: input.unitId,
        managerId,
        roles: input.roles as Role[],
        salaryScale: input.salaryScale,
        topManagementGroup: input.topManagementGroup,
        topOfficial: input.topOfficial,
        financialRiskFunction: input.financialRiskFunction,
        vulnerableFunction: input.vulnerableFunction,
        employmentStart: dateOfDayOrNull(input.employmentStart),
        employmentEnd: dateOfDayOrNull(input.employmentEnd),
      };
      let id: string;
      let fields: string[];
      if (!existing) {
        id = (await tx.person.create({ data: { ...data, organisationId: org }, select: { id: true } })).id;
        fields = PERSON_EDIT_FIELDS.filter((k) => data[k] !== null && data[k] !== "" && data[k] !== false);
      } else {
        id = existing.id;
        const same = (k: (typeof PERSON_EDIT_FIELDS)[number]) => canonicalJson(existing[k]) === canonicalJson(data[k]);
        fields = PERSON_EDIT_FIELDS.filter((k) => !same(k));
        if (fields.length === 0) return { id };
        await updateVersioned(tx.person, existing, data);
      }
      await recordAudit(tx, {
        organisationId: org,
        actorId: actor.personId,
        action: existing ? "person.updated" : "person.created",
        entityType: "Person",
        entityId: id,
        data: { fields, version: existing ? existing.version + 1 : 1, ...actor.auditData },
      });
      if (existing && existing.managerId !== managerId) {
        await recordManagerChange(tx, {
          organisationId: org,
          actorId: actor.personId,
          personId: id,
          oldManagerId: existing.managerId,
          newManagerId: managerId,
          version: existing.version + 1,
          via: actor.via,
        });
      }
      // The public register drops someone who left the designated group or the organisation, in this transaction.
      if (existing) await reconcileRegister(tx, org, [id], actor.personId);
      return { id };
    });
  } catch (error) {
    throw fromPrismaError(error) ?? error;
  }
}

/** Withdraws a person's access (all their sessions end at once) or gives it back. */
export async function setPersonAccess(
  viewer: Viewer,
  input: { id: string; version: number; enabled: boolean },
): Promise<void> {
  assertArea(viewer, "people");
  return setPersonAccessAs(viewerActor(viewer), input);
}

/** setPersonAccess for any actor (the person form's toggle, a SCIM client's active: false). */
export async function setPersonAccessAs(
  actor: PeopleActor,
  input: { id: string; version: number; enabled: boolean },
): Promise<void> {
  const db = await getDb();
  const viewer = { organisationId: actor.organisationId, id: actor.personId };
  await db.$transaction(async (tx) => {
    const p = await tx.person.findFirst({
      where: { id: input.id, organisationId: viewer.organisationId },
      select: { id: true, version: true, roles: true, disabledAt: true },
    });
    if (!p) throw notFound("person");
    assertWithinReach(actor, p.roles);
    const refusal = actor.personId ? accessChangeRefusal({ id: actor.personId }, p.id) : null;
    if (refusal) throw refusal;
    if (p.version !== input.version) throw conflict();
    if (input.enabled === (p.disabledAt === null)) return;
    await updateVersioned(
      tx.person,
      p,
      input.enabled ? { disabledAt: null } : { disabledAt: new Date(), sessionVersion: { increment: 1 } },
    );
    await recordViewerAudit(tx, viewer, {
      action: input.enabled ? "person.enabled" : "person.disabled",
      entityType: "Person",
      entityId: p.id,
      data: { version: p.version + 1, ...actor.auditData },
    });
    if (!input.enabled) {
      await reconcileRegister(tx, viewer.organisationId, [p.id], viewer.id);
      // A manager shut out can no longer decide (decision 032): what waits with them goes to the integrity officer.
      await moveOpenDeclarations(tx, {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        fromId: p.id,
        toId: null,
        reason: "access-withdrawn",
      });
    }
  });
}

// ---- single sign-on link ---------------------------------------------------------------------------------
// An administrator unlinks a person's identity-provider subject (their account at the provider was recreated,
// so it presents a new subject and is refused as "subject-mismatch"); the next sign-in with a verified address
// links again. Administrators only, not HR: who may sign in as whom is account security, kept apart from the
// personnel data HR maintains. HR can change a person's e-mail address; with unlinking too, one HR adviser
// could point someone's account at an address they control at the provider and sign in as them
// (docs/decisions/033-single-sign-on.md).

export const UNLINK_REASON_MAX = 500;

export interface SsoLinkView {
  linked: boolean;
  mayUnlink: boolean;
  /** The latest refused sign-ins of this person (audit events "person.sign-in-refused"), newest first. */
  refusals: { at: string; reason: string }[];
}

/** Whether the person (of the viewer's organisation) is linked, whether the viewer may unlink them, and their latest refused sign-ins; null when unknown. */
export async function getSsoLink(viewer: Viewer, id: string): Promise<SsoLinkView | null> {
  assertArea(viewer, "people");
  const db = await getDb();
  const p = await db.person.findFirst({
    where: { id, organisationId: viewer.organisationId },
    select: { id: true, oidcSubject: true, roles: true },
  });
  if (!p) return null;
  const grantable = grantableRoles(viewer);
  const mayUnlink = viewer.roles.includes("ADMIN") && p.id !== viewer.id && p.roles.every((r) => grantable.includes(r));
  const events = await db.auditEvent.findMany({
    where: {
      organisationId: viewer.organisationId,
      entityType: "Person",
      entityId: p.id,
      action: "person.sign-in-refused",
    },
    orderBy: { seq: "desc" },
    take: 5,
    select: { at: true, data: true },
  });
  const refusals = events.map((e) => ({
    at: e.at.toISOString(),
    reason: String((e.data as { reason?: unknown } | null)?.reason ?? ""),
  }));
  return { linked: p.oidcSubject !== null, mayUnlink, refusals };
}

export async function unlinkOidcSubject(viewer: Viewer, input: { id: string; reason: string }): Promise<void> {
  assertArea(viewer, "people");
  if (!viewer.roles.includes("ADMIN")) throw new AppError("FORBIDDEN", "unlinking is for administrators");
  if (!hasNoNul(input.reason)) throw new AppError("VALIDATION", "reason holds NUL", { reason: INVALID_CHARACTERS });
  const reason = storableText(input.reason).trim();
  if (!reason) throw new AppError("VALIDATION", "reason required", { reason: "unlinkReasonRequired" });
  if (reason.length > UNLINK_REASON_MAX)
    throw new AppError("VALIDATION", "reason too long", { reason: "unlinkReasonTooLong" });
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const p = await tx.person.findFirst({
      where: { id: input.id, organisationId: viewer.organisationId },
      select: { id: true, version: true, roles: true, oidcSubject: true },
    });
    if (!p) throw notFound("person");
    assertWithinReach(viewerActor(viewer), p.roles);
    if (p.id === viewer.id) throw new AppError("INVALID_STATE", "own link", { reason: "ownLink" });
    if (!p.oidcSubject) throw new AppError("INVALID_STATE", "not linked", { reason: "notLinked" });
    // Only the subject read above: a concurrent link or unlink makes this a conflict, not a silent overwrite.
    // The person's sessions end: they were opened with the subject that is now unlinked.
    const updated = await tx.person.updateMany({
      where: { id: p.id, oidcSubject: p.oidcSubject },
      data: { oidcSubject: null, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    expectOneUpdated(updated);
    await recordViewerAudit(tx, viewer, {
      action: "person.sso-unlinked",
      entityType: "Person",
      entityId: p.id,
      data: { reason, version: p.version + 1 },
    });
  });
}
