import "server-only";
// People and organisation: the data access layer. Every function takes the viewer; the administration
// functions check the area (HR, ADMIN: lib/auth/areas.ts) and the viewer's own organisation for every id
// the client sends (unknown or foreign ids: "not found"). Each change, its audit event (facts and field
// names, never values) and the register reconciliation commit in one transaction.
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { demoSignInEnabled } from "@/lib/auth/options";
import { recordAudit } from "@/lib/audit/record";
import { reconcileRegister } from "@/lib/register/lifecycle";
import { AppError, conflict, fromPrismaError, invalidState, notFound } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import { dateOfDay, dateOfDayOrNull, dayOfDate, dayOfDateOrNull } from "@/lib/dates";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { readPeopleCsv, type ColumnKey, type Delimiter, type Encoding, type ImportRow } from "./csv";
import { buildPlan, findCycle, type ExistingPerson, type PlanContext, type PlanReport, type ReportRow } from "./plan";
import { grantableRoles } from "./roles";
import { accessChangeRefusal, moveOpenDeclarations, OPEN_WITH_MANAGER, personChangeRefusals, recordManagerChange } from "./authority";
import { PAGE_SIZE, type PeopleQuery, type PersonInput, type UnitInput } from "./schemas";
import { canonicalJson } from "./canonical";
import { ROLE_ORDER } from "./values";
import { hasNoNul, INVALID_CHARACTERS, storableText } from "@/lib/text";

type Tx = Prisma.TransactionClient;

/** Large imports write thousands of rows in one transaction: more than Prisma's default 5 seconds. */
const LONG_TRANSACTION = { timeout: 180_000, maxWait: 20_000 };


function validation(fieldErrors: Record<string, string>, fieldParams?: Record<string, Record<string, string>>): AppError {
  return new AppError("VALIDATION", "invalid input", { fieldErrors, fieldParams });
}

// ---- shell ---------------------------------------------------------------------------------------------

export async function countDirectReports(viewer: Viewer): Promise<number> {
  const db = await getDb();
  return db.person.count({ where: { managerId: viewer.id, organisationId: viewer.organisationId, disabledAt: null } });
}

export interface DemoAccount {
  id: string;
  name: string;
  functionTitle: string;
  roles: string[];
}

export interface DemoOrganisationAccounts {
  name: string;
  profile: string;
  people: DemoAccount[];
}

/** The people the demo sign-in offers. Only called when the demo sign-in is enabled. */
export async function listDemoAccounts(): Promise<DemoOrganisationAccounts[]> {
  // Checked here too: this list names every person, so it must never leave demo mode.
  if (!demoSignInEnabled()) return [];
  const db = await getDb();
  const organisations = await db.organisation.findMany({
    orderBy: { name: "asc" },
    select: {
      name: true,
      profile: true,
      people: {
        where: { disabledAt: null },
        orderBy: { name: "asc" },
        select: { id: true, name: true, functionTitle: true, roles: true },
      },
    },
  });
  return organisations.map((org) => ({ name: org.name, profile: org.profile, people: org.people }));
}

// ---- the people list -----------------------------------------------------------------------------------

export type PersonStatus = "active" | "left" | "disabled";

export interface PersonListItem {
  id: string;
  name: string;
  email: string;
  externalId: string | null;
  functionTitle: string;
  unitName: string | null;
  managerName: string | null;
  roles: Role[];
  salaryScale: number | null;
  designations: string[];
  status: PersonStatus;
}

function statusOf(p: { disabledAt: Date | null; employmentEnd: Date | null }, today: string): PersonStatus {
  if (p.disabledAt) return "disabled";
  if (p.employmentEnd && dayOfDate(p.employmentEnd) < today) return "left";
  return "active";
}

/** One page of the organisation's people, filtered, searched and sorted. */
export async function listPeople(viewer: Viewer, query: PeopleQuery): Promise<{ items: PersonListItem[]; total: number; page: number; pageCount: number }> {
  assertArea(viewer, "people");
  const db = await getDb();
  const { today } = amsterdamNow();
  const and: Prisma.PersonWhereInput[] = [{ organisationId: viewer.organisationId }];
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" as const };
    and.push({ OR: [{ name: contains }, { email: contains }, { externalId: contains }, { functionTitle: contains }] });
  }
  if (query.unitId) and.push({ unitId: query.unitId });
  if (query.designation) and.push({ [query.designation]: true });
  if (query.status === "actief") and.push({ disabledAt: null, OR: [{ employmentEnd: null }, { employmentEnd: { gte: dateOfDay(today) } }] });
  if (query.status === "vertrokken") and.push({ OR: [{ disabledAt: { not: null } }, { employmentEnd: { lt: dateOfDay(today) } }] });
  if (query.role) {
    // Raw SQL: the PGlite adapter cannot bind an enum-array "has" filter.
    const rows = await db.$queryRaw<{ id: string }[]>`
      select id from "Person" where "organisationId" = ${viewer.organisationId} and ${query.role} = any(roles::text[])`;
    and.push({ id: { in: rows.map((r) => r.id) } });
  }
  const dir = query.dir === "af" ? "desc" : "asc";
  const orderBy: Prisma.PersonOrderByWithRelationInput[] = [
    query.sort === "functie" ? { functionTitle: dir }
      : query.sort === "afdeling" ? { unit: { name: dir } }
        : query.sort === "schaal" ? { salaryScale: { sort: dir, nulls: "last" } }
          : query.sort === "indienst" ? { employmentStart: { sort: dir, nulls: "last" } }
            : { name: dir },
    { name: "asc" },
    { id: "asc" },
  ];
  const where = { AND: and };
  const total = await db.person.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.person.findMany({
    where,
    orderBy,
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true, name: true, email: true, externalId: true, functionTitle: true, roles: true, salaryScale: true, disabledAt: true, employmentEnd: true,
      topManagementGroup: true, topOfficial: true, financialRiskFunction: true, vulnerableFunction: true,
      unit: { select: { name: true } }, manager: { select: { name: true } },
    },
  });
  return {
    total,
    page,
    pageCount,
    items: rows.map((p) => ({
      id: p.id, name: p.name, email: p.email, externalId: p.externalId, functionTitle: p.functionTitle, unitName: p.unit?.name ?? null,
      managerName: p.manager?.name ?? null, roles: p.roles, salaryScale: p.salaryScale,
      designations: (["topManagementGroup", "topOfficial", "financialRiskFunction", "vulnerableFunction"] as const).filter((k) => p[k]),
      status: statusOf(p, today),
    })),
  };
}

// ---- units -----------------------------------------------------------------------------------------------

export interface UnitItem {
  id: string;
  name: string;
  code: string | null;
  parentId: string | null;
  parentName: string | null;
  people: number;
  updatedAt: string;
  /** Depth in the tree (0 at the top), for an indented list. */
  depth: number;
}

/** The organisation's units as a tree (parents before their children, alphabetical within a level). */
export async function listUnits(viewer: Viewer): Promise<UnitItem[]> {
  assertArea(viewer, "people");
  const db = await getDb();
  const units = await db.unit.findMany({
    where: { organisationId: viewer.organisationId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, code: true, parentId: true, updatedAt: true, _count: { select: { people: { where: { disabledAt: null } } } } },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | null, typeof units>();
  for (const u of units) {
    const parent = u.parentId && byId.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: UnitItem[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      out.push({ id: u.id, name: u.name, code: u.code, parentId: u.parentId, parentName: u.parentId ? byId.get(u.parentId)?.name ?? null : null, people: u._count.people, updatedAt: u.updatedAt.toISOString(), depth });
      if (depth < 50) visit(u.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** Adds or changes a unit: name and code unique within the organisation, the parent in it, no loop in the tree. */
export async function saveUnit(viewer: Viewer, input: UnitInput): Promise<{ id: string }> {
  assertArea(viewer, "people");
  const db = await getDb();
  const org = viewer.organisationId;
  try {
    return await db.$transaction(async (tx) => {
      const existing = input.id ? await tx.unit.findFirst({ where: { id: input.id, organisationId: org }, select: { id: true, name: true, code: true, parentId: true, updatedAt: true } }) : null;
      if (input.id && !existing) throw notFound("unit");
      if (existing && input.updatedAt !== existing.updatedAt.toISOString()) throw conflict();
      const errors: Record<string, string> = {};
      const sameName = await tx.unit.findFirst({ where: { organisationId: org, name: { equals: input.name, mode: "insensitive" } }, select: { id: true } });
      if (sameName && sameName.id !== existing?.id) errors.name = "unitNameTaken";
      if (input.code) {
        const sameCode = await tx.unit.findFirst({ where: { organisationId: org, code: { equals: input.code, mode: "insensitive" } }, select: { id: true } });
        if (sameCode && sameCode.id !== existing?.id) errors.code = "unitCodeTaken";
      }
      if (input.parentId) {
        const units = await tx.unit.findMany({ where: { organisationId: org }, select: { id: true, parentId: true } });
        const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
        if (!parentOf.has(input.parentId)) errors.parentId = "unitUnknown";
        else if (existing && (input.parentId === existing.id || findCycle(existing.id, (n) => (n === existing.id ? input.parentId : parentOf.get(n))))) errors.parentId = "unitCycle";
      }
      if (Object.keys(errors).length) throw validation(errors);
      const data = { name: input.name, code: input.code, parentId: input.parentId };
      let id: string;
      if (!existing) {
        id = (await tx.unit.create({ data: { ...data, organisationId: org }, select: { id: true } })).id;
      } else {
        id = existing.id;
        const updated = await tx.unit.updateMany({ where: { id, updatedAt: existing.updatedAt }, data });
        if (updated.count !== 1) throw conflict();
      }
      const fields = existing ? (["name", "code", "parentId"] as const).filter((k) => existing[k] !== data[k]) : ["name", "code", "parentId"];
      await recordAudit(tx, { organisationId: org, actorId: viewer.id, action: existing ? "unit.updated" : "unit.created", entityType: "Unit", entityId: id, data: { fields: [...fields] } });
      return { id };
    });
  } catch (error) {
    throw fromPrismaError(error) ?? error;
  }
}

// ---- one person --------------------------------------------------------------------------------------------

export interface PersonView extends ExistingPerson {
  managerName: string | null;
  /** What the form shows in the manager field: the manager's e-mail address. */
  managerRef: string | null;
  disabledAt: string | null;
  status: PersonStatus;
  reports: number;
  /** The viewer may change this person (not someone holding a role beyond the viewer's reach). */
  editable: boolean;
  isViewer: boolean;
}

/** One person of the viewer's organisation, or null (unknown or another organisation's). */
export async function getPerson(viewer: Viewer, id: string): Promise<PersonView | null> {
  assertArea(viewer, "people");
  const db = await getDb();
  const p = await db.person.findFirst({
    where: { id, organisationId: viewer.organisationId },
    select: {
      id: true, version: true, name: true, email: true, externalId: true, functionTitle: true, unitId: true, managerId: true, roles: true, salaryScale: true,
      topManagementGroup: true, topOfficial: true, financialRiskFunction: true, vulnerableFunction: true, employmentStart: true, employmentEnd: true, disabledAt: true,
      manager: { select: { name: true, email: true } }, _count: { select: { reports: true } },
    },
  });
  if (!p) return null;
  const grantable = grantableRoles(viewer);
  return {
    id: p.id, version: p.version, name: p.name, email: p.email, externalId: p.externalId, functionTitle: p.functionTitle, unitId: p.unitId,
    managerId: p.managerId, managerName: p.manager?.name ?? null, managerRef: p.manager?.email ?? null, roles: p.roles, salaryScale: p.salaryScale,
    topManagementGroup: p.topManagementGroup, topOfficial: p.topOfficial, financialRiskFunction: p.financialRiskFunction, vulnerableFunction: p.vulnerableFunction,
    employmentStart: dayOfDateOrNull(p.employmentStart), employmentEnd: dayOfDateOrNull(p.employmentEnd), disabledAt: p.disabledAt?.toISOString() ?? null,
    status: statusOf(p, amsterdamNow().today), reports: p._count.reports,
    editable: p.roles.every((r) => grantable.includes(r)), isViewer: p.id === viewer.id,
  };
}

/** The viewer may not change someone who holds a role the viewer could not assign (e.g. an administrator and an HR adviser). */
function assertWithinReach(viewer: Viewer, roles: Role[]) {
  const grantable = grantableRoles(viewer);
  if (!roles.every((r) => grantable.includes(r))) throw new AppError("FORBIDDEN", "person holds a role beyond the viewer's reach", { reason: "outOfReach" });
}

/** The manager's id for a personnel number or e-mail address, within the organisation. */
async function resolveManager(tx: Tx, organisationId: string, ref: string): Promise<string | null> {
  const where = ref.includes("@") ? { organisationId, email: ref.toLowerCase() } : { organisationId, externalId: ref };
  return (await tx.person.findFirst({ where, select: { id: true } }))?.id ?? null;
}

const PERSON_EDIT_FIELDS = [
  "name", "email", "externalId", "functionTitle", "unitId", "managerId", "roles", "salaryScale",
  "topManagementGroup", "topOfficial", "financialRiskFunction", "vulnerableFunction", "employmentStart", "employmentEnd",
] as const;

/** Adds a person (no id) or changes one (id + the version the form was opened with). */
export async function savePerson(viewer: Viewer, input: PersonInput): Promise<{ id: string }> {
  assertArea(viewer, "people");
  const db = await getDb();
  const org = viewer.organisationId;
  try {
    return await db.$transaction(async (tx) => {
      const existing = input.id
        ? await tx.person.findFirst({
            where: { id: input.id, organisationId: org },
            select: {
              id: true, version: true, name: true, email: true, externalId: true, functionTitle: true, unitId: true, managerId: true, roles: true, salaryScale: true,
              topManagementGroup: true, topOfficial: true, financialRiskFunction: true, vulnerableFunction: true, employmentStart: true, employmentEnd: true,
            },
          })
        : null;
      if (input.id && !existing) throw notFound("person");
      if (existing) assertWithinReach(viewer, existing.roles);
      if (existing && existing.version !== input.version) throw conflict({ currentVersion: existing.version });

      const errors: Record<string, string> = {};
      const params: Record<string, Record<string, string>> = {};
      const emailOwner = await tx.person.findUnique({ where: { email: input.email }, select: { id: true } });
      if (emailOwner && emailOwner.id !== existing?.id) errors.email = "emailTaken";
      if (input.externalId) {
        const owner = await tx.person.findFirst({ where: { organisationId: org, externalId: input.externalId }, select: { id: true } });
        if (owner && owner.id !== existing?.id) errors.externalId = "externalIdTaken";
      }
      if (input.unitId && !(await tx.unit.findFirst({ where: { id: input.unitId, organisationId: org }, select: { id: true } }))) errors.unitId = "unitUnknown";
      let managerId: string | null = null;
      if (input.manager) {
        managerId = await resolveManager(tx, org, input.manager);
        if (!managerId) errors.manager = "managerUnknown";
        else if (managerId === existing?.id) errors.manager = "managerSelf";
        else if (existing && managerId !== existing.managerId) {
          // The chain as it would be: does it lead back to this person?
          const people = await tx.person.findMany({ where: { organisationId: org }, select: { id: true, managerId: true, name: true } });
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
        organisationId: org, viewerId: viewer.id, target: existing, managerId: errors.manager ? existing?.managerId ?? null : managerId,
        roles: input.roles as Role[], unitId: errors.unitId ? existing?.unitId ?? null : input.unitId,
      });
      for (const [field, code] of Object.entries(authority.errors)) if (!errors[field]) errors[field] = code;
      for (const [field, p] of Object.entries(authority.params)) if (errors[field] === authority.errors[field]) params[field] = p;
      if (!errors.roles && changedRoles.some((r) => !grantableRoles(viewer).includes(r))) errors.roles = "roleNotAllowed";
      if (Object.keys(errors).length) throw validation(errors, params);

      const data = {
        name: input.name, email: input.email, externalId: input.externalId, functionTitle: input.functionTitle, unitId: input.unitId, managerId,
        roles: input.roles as Role[], salaryScale: input.salaryScale, topManagementGroup: input.topManagementGroup, topOfficial: input.topOfficial,
        financialRiskFunction: input.financialRiskFunction, vulnerableFunction: input.vulnerableFunction,
        employmentStart: dateOfDayOrNull(input.employmentStart), employmentEnd: dateOfDayOrNull(input.employmentEnd),
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
        const updated = await tx.person.updateMany({ where: { id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
        if (updated.count !== 1) throw conflict();
      }
      await recordAudit(tx, { organisationId: org, actorId: viewer.id, action: existing ? "person.updated" : "person.created", entityType: "Person", entityId: id, data: { fields, version: existing ? existing.version + 1 : 1 } });
      if (existing && existing.managerId !== managerId) {
        await recordManagerChange(tx, { organisationId: org, actorId: viewer.id, personId: id, oldManagerId: existing.managerId, newManagerId: managerId, version: existing.version + 1, via: "form" });
      }
      // The public register drops someone who left the designated group or the organisation, in this transaction.
      if (existing) await reconcileRegister(tx, org, [id], viewer.id);
      return { id };
    });
  } catch (error) {
    throw fromPrismaError(error) ?? error;
  }
}

/** Withdraws a person's access (all their sessions end at once) or gives it back. */
export async function setPersonAccess(viewer: Viewer, input: { id: string; version: number; enabled: boolean }): Promise<void> {
  assertArea(viewer, "people");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const p = await tx.person.findFirst({ where: { id: input.id, organisationId: viewer.organisationId }, select: { id: true, version: true, roles: true, disabledAt: true } });
    if (!p) throw notFound("person");
    assertWithinReach(viewer, p.roles);
    const refusal = accessChangeRefusal(viewer, p.id);
    if (refusal) throw refusal;
    if (p.version !== input.version) throw conflict();
    if (input.enabled === (p.disabledAt === null)) return;
    const updated = await tx.person.updateMany({
      where: { id: p.id, version: p.version },
      data: input.enabled ? { disabledAt: null, version: { increment: 1 } } : { disabledAt: new Date(), sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw conflict();
    await recordAudit(tx, { organisationId: viewer.organisationId, actorId: viewer.id, action: input.enabled ? "person.enabled" : "person.disabled", entityType: "Person", entityId: p.id, data: { version: p.version + 1 } });
    if (!input.enabled) {
      await reconcileRegister(tx, viewer.organisationId, [p.id], viewer.id);
      // A manager shut out can no longer decide (decision 032): what waits with them goes to the integrity officer.
      await moveOpenDeclarations(tx, { organisationId: viewer.organisationId, actorId: viewer.id, fromId: p.id, toId: null, reason: "access-withdrawn" });
    }
  });
}

// ---- CSV import ----------------------------------------------------------------------------------------------

interface StoredRows {
  delimiter: Delimiter;
  columns: ColumnKey[];
  rows: ImportRow[];
}

/** Everything the plan needs to know about the organisation now. */
async function snapshot(tx: Tx, viewer: Viewer, rows: ImportRow[]): Promise<PlanContext> {
  const org = viewer.organisationId;
  const [people, units] = await Promise.all([
    tx.person.findMany({
      where: { organisationId: org },
      orderBy: { id: "asc" },
      select: {
        id: true, externalId: true, email: true, name: true, functionTitle: true, unitId: true, managerId: true, roles: true, salaryScale: true,
        topManagementGroup: true, topOfficial: true, financialRiskFunction: true, vulnerableFunction: true, employmentStart: true, employmentEnd: true, version: true,
        disabledAt: true,
      },
    }),
    tx.unit.findMany({ where: { organisationId: org }, select: { id: true, name: true, code: true } }),
  ]);
  const openAssignments = await tx.declaration.findMany({
    where: { organisationId: org, assigneeId: { not: null }, status: { in: OPEN_WITH_MANAGER } },
    orderBy: { id: "asc" },
    select: { personId: true, assigneeId: true },
  });
  const emails = [...new Set(rows.map((r) => r.email).filter(Boolean))];
  const elsewhere = new Set<string>();
  for (let i = 0; i < emails.length; i += 1000) {
    const found = await tx.person.findMany({ where: { email: { in: emails.slice(i, i + 1000) }, organisationId: { not: org } }, select: { email: true } });
    for (const f of found) elsewhere.add(f.email);
  }
  return {
    people: people.map(({ disabledAt: _disabled, ...p }): ExistingPerson => ({ ...p, employmentStart: dayOfDateOrNull(p.employmentStart), employmentEnd: dayOfDateOrNull(p.employmentEnd) })),
    units,
    emailsElsewhere: elsewhere,
    viewerId: viewer.id,
    grantableRoles: grantableRoles(viewer),
    today: amsterdamNow().today,
    disabledIds: new Set(people.filter((p) => p.disabledAt).map((p) => p.id)),
    openAssignments: openAssignments.map((a) => ({ personId: a.personId, assigneeId: a.assigneeId! })),
  };
}

/** The plan also refuses rows that would change someone beyond the importer's reach. */
function planFor(rows: ImportRow[], ctx: PlanContext): ReturnType<typeof buildPlan> {
  const outOfReach = new Set(ctx.people.filter((p) => !p.roles.every((r) => ctx.grantableRoles.includes(r))).map((p) => p.id));
  const plan = buildPlan(rows, ctx);
  if (outOfReach.size === 0) return plan;
  for (const row of plan.report.rows) {
    if (row.personId && outOfReach.has(row.personId) && row.outcome === "changed") {
      row.outcome = "rejected";
      row.changes = [];
      row.reasons = [{ code: "personOutOfReach" }];
    }
  }
  const rejected = new Set(plan.report.rows.filter((r) => r.outcome === "rejected").map((r) => r.line));
  const counts = { new: 0, changed: 0, unchanged: 0, rejected: 0 };
  for (const r of plan.report.rows) counts[r.outcome]++;
  return { report: { counts, rows: plan.report.rows }, writes: plan.writes.filter((w) => !rejected.has(w.line)) };
}

/**
 * Reads an upload and stages it as a preview (nothing about people changes). A file that cannot be read as
 * a whole (encoding, columns, not a CSV) is refused with one problem and nothing is staged.
 */
export async function previewImport(viewer: Viewer, input: { fileName: string; bytes: Uint8Array }): Promise<{ id: string }> {
  assertArea(viewer, "people");
  const read = readPeopleCsv(input.bytes);
  if (!read.ok) throw new AppError("VALIDATION", "file", { problem: read.problem, encoding: read.encoding });
  const fileName = (input.fileName.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f]/g, "").slice(0, 200) || "import.csv";
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = planFor(read.rows, await snapshot(tx, viewer, read.rows));
    const stored: StoredRows = { delimiter: read.delimiter, columns: read.columns, rows: read.rows };
    const created = await tx.peopleImport.create({
      data: {
        organisationId: viewer.organisationId, createdById: viewer.id, fileName, encoding: read.encoding, status: "PREVIEWED",
        rows: stored as unknown as Prisma.InputJsonValue, report: plan.report as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await recordAudit(tx, { organisationId: viewer.organisationId, actorId: viewer.id, action: "people-import.previewed", entityType: "PeopleImport", entityId: created.id, data: { counts: { ...plan.report.counts }, encoding: read.encoding } });
    return created;
  }, LONG_TRANSACTION);
}

export interface ImportView {
  id: string;
  fileName: string;
  encoding: Encoding;
  delimiter: Delimiter;
  columns: ColumnKey[];
  status: "PREVIEWED" | "APPLIED" | "DISCARDED";
  createdAt: string;
  appliedAt: string | null;
  createdByName: string | null;
  counts: PlanReport["counts"];
  rows: ReportRow[];
}

export async function getImport(viewer: Viewer, id: string): Promise<ImportView | null> {
  assertArea(viewer, "people");
  const db = await getDb();
  const imp = await db.peopleImport.findFirst({ where: { id, organisationId: viewer.organisationId } });
  if (!imp) return null;
  const by = await db.person.findFirst({ where: { id: imp.createdById, organisationId: viewer.organisationId }, select: { name: true } });
  const stored = imp.rows as unknown as StoredRows;
  const report = imp.report as unknown as PlanReport;
  return {
    id: imp.id, fileName: imp.fileName, encoding: imp.encoding as Encoding, delimiter: stored.delimiter, columns: stored.columns, status: imp.status,
    createdAt: imp.createdAt.toISOString(), appliedAt: imp.appliedAt?.toISOString() ?? null, createdByName: by?.name ?? null,
    counts: report.counts, rows: [...report.rows].sort((a, b) => a.line - b.line),
  };
}

export async function listImports(viewer: Viewer, take = 10) {
  assertArea(viewer, "people");
  const db = await getDb();
  const rows = await db.peopleImport.findMany({
    where: { organisationId: viewer.organisationId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, fileName: true, status: true, createdAt: true, appliedAt: true, report: true },
  });
  return rows.map((r) => ({ id: r.id, fileName: r.fileName, status: r.status, createdAt: r.createdAt.toISOString(), appliedAt: r.appliedAt?.toISOString() ?? null, counts: (r.report as unknown as PlanReport).counts }));
}

/**
 * Applies a preview: everything or nothing, in one transaction. Refused while any row is rejected, and when
 * the organisation changed since the preview in a way that changes the plan (a stale preview): the plan is
 * computed again and must be exactly what the preview showed.
 */
export async function applyImport(viewer: Viewer, input: { id: string }): Promise<{ created: number; updated: number }> {
  assertArea(viewer, "people");
  const db = await getDb();
  const org = viewer.organisationId;
  try {
    return await db.$transaction(async (tx) => {
      // One import at a time per organisation: a second one waits and then sees the first one's result.
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`people-import:${org}`}))`;
      const imp = await tx.peopleImport.findFirst({ where: { id: input.id, organisationId: org }, select: { id: true, status: true, rows: true, report: true } });
      if (!imp) throw notFound("import");
      if (imp.status !== "PREVIEWED") throw invalidState(imp.status);
      const stored = imp.rows as unknown as StoredRows;
      const previewed = imp.report as unknown as PlanReport;
      if (previewed.counts.rejected > 0) throw new AppError("INVALID_STATE", "rejected rows", { reason: "rejectedRows" });
      const ctx = await snapshot(tx, viewer, stored.rows);
      const plan = planFor(stored.rows, ctx);
      if (canonicalJson(plan.report) !== canonicalJson(previewed)) throw conflict({ reason: "stalePreview" });
      const managerBefore = new Map(ctx.people.map((p) => [p.id, p.managerId]));

      const idOf = new Map<string, string>();
      const creates = plan.writes.filter((w) => !w.personId);
      const updates = plan.writes.filter((w) => w.personId);
      const personData = (d: (typeof plan.writes)[number]["data"]) => ({
        ...(d.externalId !== undefined ? { externalId: d.externalId } : {}),
        ...(d.name !== undefined ? { name: d.name } : {}),
        ...(d.email !== undefined ? { email: d.email } : {}),
        ...(d.functionTitle !== undefined ? { functionTitle: d.functionTitle } : {}),
        ...(d.unitId !== undefined ? { unitId: d.unitId } : {}),
        ...(d.roles !== undefined ? { roles: d.roles } : {}),
        ...(d.salaryScale !== undefined ? { salaryScale: d.salaryScale } : {}),
        ...(d.topManagementGroup !== undefined ? { topManagementGroup: d.topManagementGroup } : {}),
        ...(d.topOfficial !== undefined ? { topOfficial: d.topOfficial } : {}),
        ...(d.financialRiskFunction !== undefined ? { financialRiskFunction: d.financialRiskFunction } : {}),
        ...(d.vulnerableFunction !== undefined ? { vulnerableFunction: d.vulnerableFunction } : {}),
        ...(d.employmentStart !== undefined ? { employmentStart: dateOfDayOrNull(d.employmentStart) } : {}),
        ...(d.employmentEnd !== undefined ? { employmentEnd: dateOfDayOrNull(d.employmentEnd) } : {}),
      });
      for (const w of creates) idOf.set(w.node, randomUUID());
      for (let i = 0; i < creates.length; i += 500) {
        await tx.person.createMany({
          data: creates.slice(i, i + 500).map((w) => ({
            id: idOf.get(w.node)!, organisationId: org, name: w.data.name!, email: w.data.email!, functionTitle: w.data.functionTitle ?? "",
            roles: w.data.roles ?? ["EMPLOYEE"], ...personData(w.data),
          })),
        });
      }
      const node = (n: string | null | undefined) => (n === null || n === undefined ? n : idOf.get(n) ?? n);
      for (const w of updates) {
        const updated = await tx.person.updateMany({
          where: { id: w.personId!, organisationId: org, version: w.version! },
          data: { ...personData(w.data), ...(w.managerNode !== undefined ? { managerId: node(w.managerNode) } : {}), version: { increment: 1 } },
        });
        if (updated.count !== 1) throw conflict({ reason: "stalePreview" });
      }
      // Managers of new people, once everyone exists (a manager may be new too): one statement per manager.
      const byManager = new Map<string, string[]>();
      for (const w of creates) if (w.managerNode) byManager.set(node(w.managerNode)!, [...(byManager.get(node(w.managerNode)!) ?? []), idOf.get(w.node)!]);
      for (const [managerId, ids] of byManager) await tx.person.updateMany({ where: { id: { in: ids } }, data: { managerId } });
      // A changed manager of an existing person: audited, told, open declarations moved (decision 032), as in the form.
      for (const w of updates) {
        if (w.managerNode === undefined) continue;
        await recordManagerChange(tx, {
          organisationId: org, actorId: viewer.id, personId: w.personId!, oldManagerId: managerBefore.get(w.personId!) ?? null,
          newManagerId: node(w.managerNode) ?? null, version: w.version! + 1, via: "import",
        });
      }

      const done = await tx.peopleImport.updateMany({ where: { id: imp.id, status: "PREVIEWED" }, data: { status: "APPLIED", appliedAt: new Date() } });
      if (done.count !== 1) throw conflict();
      const updatedIds = updates.map((w) => w.personId!);
      await recordAudit(tx, {
        organisationId: org, actorId: viewer.id, action: "people-import.applied", entityType: "PeopleImport", entityId: imp.id,
        data: {
          created: creates.length, updated: updates.length, unchanged: plan.report.counts.unchanged,
          createdIds: creates.map((w) => idOf.get(w.node)!), updatedIds,
          fields: Object.fromEntries(updates.map((w) => [w.personId!, w.fields])),
        },
      });
      await reconcileRegister(tx, org, updatedIds, viewer.id);
      return { created: creates.length, updated: updates.length };
    }, LONG_TRANSACTION);
  } catch (error) {
    throw fromPrismaError(error) ?? error;
  }
}

export async function discardImport(viewer: Viewer, input: { id: string }): Promise<void> {
  assertArea(viewer, "people");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const imp = await tx.peopleImport.findFirst({ where: { id: input.id, organisationId: viewer.organisationId }, select: { id: true, status: true } });
    if (!imp) throw notFound("import");
    if (imp.status !== "PREVIEWED") throw invalidState(imp.status);
    const done = await tx.peopleImport.updateMany({ where: { id: imp.id, status: "PREVIEWED" }, data: { status: "DISCARDED" } });
    if (done.count !== 1) throw conflict();
    await recordAudit(tx, { organisationId: viewer.organisationId, actorId: viewer.id, action: "people-import.discarded", entityType: "PeopleImport", entityId: imp.id });
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
  const p = await db.person.findFirst({ where: { id, organisationId: viewer.organisationId }, select: { id: true, oidcSubject: true, roles: true } });
  if (!p) return null;
  const grantable = grantableRoles(viewer);
  const mayUnlink = viewer.roles.includes("ADMIN") && p.id !== viewer.id && p.roles.every((r) => grantable.includes(r));
  const events = await db.auditEvent.findMany({
    where: { organisationId: viewer.organisationId, entityType: "Person", entityId: p.id, action: "person.sign-in-refused" },
    orderBy: { seq: "desc" },
    take: 5,
    select: { at: true, data: true },
  });
  const refusals = events.map((e) => ({ at: e.at.toISOString(), reason: String((e.data as { reason?: unknown } | null)?.reason ?? "") }));
  return { linked: p.oidcSubject !== null, mayUnlink, refusals };
}

export async function unlinkOidcSubject(viewer: Viewer, input: { id: string; reason: string }): Promise<void> {
  assertArea(viewer, "people");
  if (!viewer.roles.includes("ADMIN")) throw new AppError("FORBIDDEN", "unlinking is for administrators");
  if (!hasNoNul(input.reason)) throw new AppError("VALIDATION", "reason holds NUL", { reason: INVALID_CHARACTERS });
  const reason = storableText(input.reason).trim();
  if (!reason) throw new AppError("VALIDATION", "reason required", { reason: "unlinkReasonRequired" });
  if (reason.length > UNLINK_REASON_MAX) throw new AppError("VALIDATION", "reason too long", { reason: "unlinkReasonTooLong" });
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const p = await tx.person.findFirst({ where: { id: input.id, organisationId: viewer.organisationId }, select: { id: true, version: true, roles: true, oidcSubject: true } });
    if (!p) throw notFound("person");
    assertWithinReach(viewer, p.roles);
    if (p.id === viewer.id) throw new AppError("INVALID_STATE", "own link", { reason: "ownLink" });
    if (!p.oidcSubject) throw new AppError("INVALID_STATE", "not linked", { reason: "notLinked" });
    // Only the subject read above: a concurrent link or unlink makes this a conflict, not a silent overwrite.
    // The person's sessions end: they were opened with the subject that is now unlinked.
    const updated = await tx.person.updateMany({
      where: { id: p.id, oidcSubject: p.oidcSubject },
      data: { oidcSubject: null, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw conflict();
    await recordAudit(tx, { organisationId: viewer.organisationId, actorId: viewer.id, action: "person.sso-unlinked", entityType: "Person", entityId: p.id, data: { reason, version: p.version + 1 } });
  });
}
