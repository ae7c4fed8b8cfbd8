import "server-only";
// People: what the administration pages read (the shell's count of direct reports, the people list, one person).
// Each read checks the area (HR, ADMIN) and keeps to the viewer's organisation; lib/people/data.ts re-exports it.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { amsterdamNow } from "@/lib/format";
import { dateOfDay, dayOfDate } from "@/lib/dates";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { type ExistingPerson } from "./plan-model";
import { grantableRoles } from "./roles";
import { existingPersonOf, PERSON_DESIGNATIONS, PERSON_RECORD_SELECT } from "./record";
import { PAGE_SIZE, type PeopleQuery } from "./schemas";

// ---- shell ---------------------------------------------------------------------------------------------

export async function countDirectReports(viewer: Viewer): Promise<number> {
  const db = await getDb();
  return db.person.count({ where: { managerId: viewer.id, organisationId: viewer.organisationId, disabledAt: null } });
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
export async function listPeople(
  viewer: Viewer,
  query: PeopleQuery,
): Promise<{ items: PersonListItem[]; total: number; page: number; pageCount: number }> {
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
  if (query.status === "actief")
    and.push({ disabledAt: null, OR: [{ employmentEnd: null }, { employmentEnd: { gte: dateOfDay(today) } }] });
  if (query.status === "vertrokken")
    and.push({ OR: [{ disabledAt: { not: null } }, { employmentEnd: { lt: dateOfDay(today) } }] });
  if (query.role) {
    // Raw SQL: the PGlite adapter cannot bind an enum-array "has" filter.
    const rows = await db.$queryRaw<{ id: string }[]>`
      select id from "Person" where "organisationId" = ${viewer.organisationId} and ${query.role} = any(roles::text[])`;
    and.push({ id: { in: rows.map((r) => r.id) } });
  }
  const dir = query.dir === "af" ? "desc" : "asc";
  const orderBy: Prisma.PersonOrderByWithRelationInput[] = [
    query.sort === "functie"
      ? { functionTitle: dir }
      : query.sort === "afdeling"
        ? { unit: { name: dir } }
        : query.sort === "schaal"
          ? { salaryScale: { sort: dir, nulls: "last" } }
          : query.sort === "indienst"
            ? { employmentStart: { sort: dir, nulls: "last" } }
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
      id: true,
      name: true,
      email: true,
      externalId: true,
      functionTitle: true,
      roles: true,
      salaryScale: true,
      disabledAt: true,
      employmentEnd: true,
      topManagementGroup: true,
      topOfficial: true,
      financialRiskFunction: true,
      vulnerableFunction: true,
      unit: { select: { name: true } },
      manager: { select: { name: true } },
    },
  });
  return {
    total,
    page,
    pageCount,
    items: rows.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      externalId: p.externalId,
      functionTitle: p.functionTitle,
      unitName: p.unit?.name ?? null,
      managerName: p.manager?.name ?? null,
      roles: p.roles,
      salaryScale: p.salaryScale,
      designations: PERSON_DESIGNATIONS.filter((k) => p[k]),
      status: statusOf(p, today),
    })),
  };
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
      ...PERSON_RECORD_SELECT,
      disabledAt: true,
      manager: { select: { name: true, email: true } },
      _count: { select: { reports: true } },
    },
  });
  if (!p) return null;
  const grantable = grantableRoles(viewer);
  return {
    ...existingPersonOf(p),
    managerName: p.manager?.name ?? null,
    managerRef: p.manager?.email ?? null,
    disabledAt: p.disabledAt?.toISOString() ?? null,
    status: statusOf(p, amsterdamNow().today),
    reports: p._count.reports,
    editable: p.roles.every((r) => grantable.includes(r)),
    isViewer: p.id === viewer.id,
  };
}
