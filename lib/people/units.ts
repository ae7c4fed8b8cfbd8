import "server-only";
// Units of the organisation: the list and saving one (HR and ADMIN, their own organisation). Part of the
// people data layer; lib/people/data.ts re-exports it (decision 045).
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { recordViewerAudit } from "@/lib/audit/record";
import { conflict, fromPrismaError, notFound } from "@/lib/errors";
import { expectOneUpdated } from "@/lib/db/guarded-update";
import { findCycle } from "./plan";
import { type UnitInput } from "./schemas";
import { validation } from "./validation";

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
    select: {
      id: true,
      name: true,
      code: true,
      parentId: true,
      updatedAt: true,
      _count: { select: { people: { where: { disabledAt: null } } } },
    },
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
      out.push({
        id: u.id,
        name: u.name,
        code: u.code,
        parentId: u.parentId,
        parentName: u.parentId ? (byId.get(u.parentId)?.name ?? null) : null,
        people: u._count.people,
        updatedAt: u.updatedAt.toISOString(),
        depth,
      });
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
      const existing = input.id
        ? await tx.unit.findFirst({
            where: { id: input.id, organisationId: org },
            select: { id: true, name: true, code: true, parentId: true, updatedAt: true },
          })
        : null;
      if (input.id && !existing) throw notFound("unit");
      if (existing && input.updatedAt !== existing.updatedAt.toISOString()) throw conflict();
      const errors: Record<string, string> = {};
      const sameName = await tx.unit.findFirst({
        where: { organisationId: org, name: { equals: input.name, mode: "insensitive" } },
        select: { id: true },
      });
      if (sameName && sameName.id !== existing?.id) errors.name = "unitNameTaken";
      if (input.code) {
        const sameCode = await tx.unit.findFirst({
          where: { organisationId: org, code: { equals: input.code, mode: "insensitive" } },
          select: { id: true },
        });
        if (sameCode && sameCode.id !== existing?.id) errors.code = "unitCodeTaken";
      }
      if (input.parentId) {
        const units = await tx.unit.findMany({ where: { organisationId: org }, select: { id: true, parentId: true } });
        const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
        if (!parentOf.has(input.parentId)) errors.parentId = "unitUnknown";
        else if (
          existing &&
          (input.parentId === existing.id ||
            findCycle(existing.id, (n) => (n === existing.id ? input.parentId : parentOf.get(n))))
        )
          errors.parentId = "unitCycle";
      }
      if (Object.keys(errors).length) throw validation(errors);
      const data = { name: input.name, code: input.code, parentId: input.parentId };
      let id: string;
      if (!existing) {
        id = (await tx.unit.create({ data: { ...data, organisationId: org }, select: { id: true } })).id;
      } else {
        id = existing.id;
        const updated = await tx.unit.updateMany({ where: { id, updatedAt: existing.updatedAt }, data });
        expectOneUpdated(updated);
      }
      const fields = existing
        ? (["name", "code", "parentId"] as const).filter((k) => existing[k] !== data[k])
        : ["name", "code", "parentId"];
      await recordViewerAudit(tx, viewer, {
        action: existing ? "unit.updated" : "unit.created",
        entityType: "Unit",
        entityId: id,
        data: { fields: [...fields] },
      });
      return { id };
    });
  } catch (error) {
    throw fromPrismaError(error) ?? error;
  }
}
