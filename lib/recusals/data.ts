import "server-only";
// Recusals (decision 041): what a person does not handle, and until when. Recorded by the decider of a
// private-relationship or supplier-contact declaration in the transaction of that decision, with its audit event.
// Who may read or end one is checked here, against the specific record and the rights held NOW (read from the
// database in the same transaction, not from the session): the person themself reads their own; their current
// manager (holding MANAGER now) or that manager's active deputy reads them and ends them early; an integrity officer
// (holding the role now) reads all of the organisation's. When the declaration went to the integrity officer
// because the other party is the person's own manager, only an integrity officer ends the recusal: the manager
// concerned must not undo it.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { createAudited, recordViewerAudit } from "@/lib/audit/record";
import { AppError, invalidState, notFound } from "@/lib/errors";
import { expectVersion, updateVersioned } from "@/lib/db/guarded-update";
import { dateOfDay, dayOfDate } from "@/lib/dates";
import { excludedManagerOf } from "./excluded-manager";
import { amsterdamNow } from "@/lib/format";
import type { DeclarationType, Prisma, RecusalSubject } from "@/lib/generated/prisma/client";
import { activeDelegatorsOf, authorityFacts, holdsManagerRightNow } from "@/lib/people/authority";
import { isActive } from "@/lib/people/authority-rules";
import { RECUSAL_DB_TYPES, type EndRecusalInput, type RecusalPart } from "./schemas";
import { isPermitted } from "@/lib/declarations/lifecycle";

type Tx = Prisma.TransactionClient;
type Db = Tx | Awaited<ReturnType<typeof getDb>>;

const todayOf = () => amsterdamNow().today;
const activeWhere = (today: string) => ({ endedAt: null, endsOn: { gte: dateOfDay(today) } });

export const isRecusalType = (type: DeclarationType): boolean => (RECUSAL_DB_TYPES as readonly string[]).includes(type);

function refuse(field: string, code: string): AppError {
  return new AppError("VALIDATION", `recusal: ${code}`, { fieldErrors: { [field]: code } });
}

/** Holds INTEGRITY_OFFICER now: active and the role held (read in the caller's transaction). */
async function integrityOfficerNow(db: Db, viewer: Pick<Viewer, "id" | "organisationId">): Promise<boolean> {
  const p = await authorityFacts(db, viewer.organisationId, viewer.id);
  return !!p && isActive(p, todayOf()) && p.roles.includes("INTEGRITY_OFFICER");
}

export type RecusalReader = "self" | "manager" | "deputy" | "integrity-officer";

/** How the viewer may read this person's recusals now, or null. */
async function readerOf(db: Db, viewer: Viewer, personId: string): Promise<RecusalReader | null> {
  const person = await db.person.findFirst({
    where: { id: personId, organisationId: viewer.organisationId },
    select: { id: true, managerId: true },
  });
  if (!person) return null;
  if (person.id === viewer.id) return "self";
  if (person.managerId === viewer.id && (await holdsManagerRightNow(db, viewer.organisationId, viewer.id)))
    return "manager";
  if (person.managerId && (await activeDelegatorsOf(db, viewer)).includes(person.managerId)) return "deputy";
  if (await integrityOfficerNow(db, viewer)) return "integrity-officer";
  return null;
}

/** May the viewer end this recusal early now? Never their own; see the file comment for who may. */
async function mayEnd(
  db: Db,
  viewer: Viewer,
  r: { personId: string; declarationId: string; declaration: { deciderRole: string } },
): Promise<boolean> {
  const reader = await readerOf(db, viewer, r.personId);
  if (reader === null || reader === "self") return false;
  const byIntegrity = r.declaration.deciderRole === "INTEGRITY_OFFICER" || r.declaration.deciderRole === "TOP";
  if (byIntegrity) {
    if ((await excludedManagerOf(db, r.declarationId)) === viewer.id) return false;
    return reader === "integrity-officer" || (await integrityOfficerNow(db, viewer));
  }
  return reader === "manager" || reader === "deputy";
}

// ---- recording, inside the decision's transaction ---------------------------------------------------------------

/**
 * Records the recusal part of a decision. Called by decideDeclaration (lib/decisions/data.ts) after it has checked
 * the viewer's right to decide on this declaration and written the decision, in the same transaction: a refusal
 * here rolls the decision back too. `part` null: no recusal.
 */
export async function recordRecusalWithDecision(
  tx: Tx,
  viewer: Pick<Viewer, "id" | "organisationId">,
  d: { id: string; organisationId: string; personId: string; type: DeclarationType },
  decision: { id: string; outcome: string },
  part: RecusalPart,
): Promise<{ id: string } | null> {
  if (!part) return null;
  if (!isRecusalType(d.type)) throw refuse("recusalKind", "onlyForRecusalTypes");
  if (!isPermitted(decision.outcome)) throw refuse("recusalKind", "onlyWithApproval");
  if (part.endsOn < todayOf()) throw refuse("recusalEndsOn", "endsInPast");
  // The subject is not copied into the audit trail: it can name a person (the trail outlives the record).
  return createAudited(
    tx,
    { id: viewer.id, organisationId: d.organisationId },
    tx.recusal.create({
      data: {
        organisationId: d.organisationId,
        personId: d.personId,
        declarationId: d.id,
        decisionId: decision.id,
        subjectKind: part.kind as RecusalSubject,
        subject: part.subject,
        endsOn: dateOfDay(part.endsOn),
        recordedById: viewer.id,
      },
      select: { id: true },
    }),
    {
      action: "recusal.recorded",
      entityType: "Recusal",
      data: {
        declarationId: d.id,
        decisionId: decision.id,
        personId: d.personId,
        subjectKind: part.kind,
        endsOn: part.endsOn,
      },
    },
  );
}

// ---- reading ------------------------------------------------------------------------------------------------------

export interface RecusalView {
  id: string;
  version: number;
  personId: string;
  personName: string;
  subjectKind: RecusalSubject;
  subject: string;
  endsOn: string;
  recordedByName: string;
  createdAt: string;
  declarationId: string;
  declarationReference: string | null;
  /** The viewer may end it early now. */
  canEnd: boolean;
}

const SELECT = {
  id: true,
  version: true,
  personId: true,
  subjectKind: true,
  subject: true,
  endsOn: true,
  createdAt: true,
  declarationId: true,
  person: { select: { name: true } },
  recordedBy: { select: { name: true } },
  declaration: { select: { reference: true, deciderRole: true } },
} as const;

type Row = Prisma.RecusalGetPayload<{ select: typeof SELECT }>;

async function toViews(db: Db, viewer: Viewer, rows: Row[]): Promise<RecusalView[]> {
  const out: RecusalView[] = [];
  for (const r of rows) {
    out.push({
      id: r.id,
      version: r.version,
      personId: r.personId,
      personName: r.person.name,
      subjectKind: r.subjectKind,
      subject: r.subject,
      endsOn: dayOfDate(r.endsOn),
      recordedByName: r.recordedBy.name,
      createdAt: r.createdAt.toISOString(),
      declarationId: r.declarationId,
      declarationReference: r.declaration.reference,
      canEnd: await mayEnd(db, viewer, r),
    });
  }
  return out;
}

/** The viewer's own active recusals. */
export async function listMyRecusals(viewer: Viewer): Promise<RecusalView[]> {
  const db = await getDb();
  const rows = await db.recusal.findMany({
    where: { organisationId: viewer.organisationId, personId: viewer.id, ...activeWhere(todayOf()) },
    orderBy: { endsOn: "asc" },
    select: SELECT,
  });
  return toViews(db, viewer, rows);
}

/** Active recusals of the team of the viewer (as manager holding MANAGER now, and of managers they stand in for). */
export async function listTeamRecusals(viewer: Viewer): Promise<RecusalView[]> {
  const db = await getDb();
  const managers = [
    ...((await holdsManagerRightNow(db, viewer.organisationId, viewer.id)) ? [viewer.id] : []),
    ...(await activeDelegatorsOf(db, viewer)),
  ];
  if (managers.length === 0) return [];
  const rows = await db.recusal.findMany({
    where: {
      organisationId: viewer.organisationId,
      person: { managerId: { in: managers } },
      personId: { not: viewer.id },
      ...activeWhere(todayOf()),
    },
    orderBy: [{ endsOn: "asc" }],
    take: 500,
    select: SELECT,
  });
  return toViews(db, viewer, rows);
}

/** Every active recusal of the organisation: for an integrity officer (holding the role now). */
export async function listOrganisationRecusals(viewer: Viewer): Promise<RecusalView[]> {
  const db = await getDb();
  if (!(await integrityOfficerNow(db, viewer))) throw new AppError("FORBIDDEN", "integrity officers only");
  const rows = await db.recusal.findMany({
    where: { organisationId: viewer.organisationId, personId: { not: viewer.id }, ...activeWhere(todayOf()) },
    orderBy: [{ endsOn: "asc" }],
    take: 1000,
    select: SELECT,
  });
  return toViews(db, viewer, rows);
}

/**
 * The active recusals of the person who filed this declaration, for its decision page: only for a viewer who may
 * read that person's recusals and is not the person (the decision page is never the declarant's). null: may not.
 */
export async function activeRecusalsForDeclaration(
  viewer: Viewer,
  declarationId: string,
): Promise<RecusalView[] | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const d = await tx.declaration.findFirst({
      where: { id: declarationId, organisationId: viewer.organisationId },
      select: { personId: true },
    });
    if (!d) return null;
    const reader = await readerOf(tx, viewer, d.personId);
    if (reader === null || reader === "self") return null;
    const rows = await tx.recusal.findMany({
      where: { organisationId: viewer.organisationId, personId: d.personId, ...activeWhere(todayOf()) },
      orderBy: { endsOn: "asc" },
      select: SELECT,
    });
    return toViews(tx, viewer, rows);
  });
}

// ---- ending early -------------------------------------------------------------------------------------------------

/** Ends an active recusal before its end date, with the reason, audited in the same transaction. */
export async function endRecusal(viewer: Viewer, input: EndRecusalInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const r = await tx.recusal.findFirst({
      where: { id: input.id, organisationId: viewer.organisationId },
      select: {
        id: true,
        version: true,
        personId: true,
        declarationId: true,
        endedAt: true,
        endsOn: true,
        declaration: { select: { deciderRole: true } },
      },
    });
    if (!r) throw notFound("recusal");
    const reader = await readerOf(tx, viewer, r.personId);
    if (reader === null) throw notFound("recusal");
    if (!(await mayEnd(tx, viewer, r))) throw new AppError("FORBIDDEN", "may not end this recusal");
    if (r.endedAt || dayOfDate(r.endsOn) < todayOf()) throw invalidState("ENDED");
    expectVersion(r.version, input.version);
    await updateVersioned(
      tx.recusal,
      r,
      { endedAt: new Date(), endedById: viewer.id, endReason: input.reason },
      { endedAt: null },
    );
    await recordViewerAudit(tx, viewer, {
      action: "recusal.ended",
      entityType: "Recusal",
      entityId: r.id,
      data: { personId: r.personId, version: r.version + 1, endsOn: dayOfDate(r.endsOn) },
    });
  });
}
