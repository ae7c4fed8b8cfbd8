import "server-only";
// The HR system's CSV import: preview (a plan, nothing changed), apply (the plan again against the data as it
// is now, in one long transaction with its audit events) and discard. Part of the people data layer;
// lib/people/data.ts re-exports it (decision 045).
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { createAudited, recordViewerAudit } from "@/lib/audit/record";
import { reconcileRegister } from "@/lib/register/sync";
import { AppError, conflict, fromPrismaError, invalidState, notFound } from "@/lib/errors";
import { expectOneUpdated } from "@/lib/db/guarded-update";
import { amsterdamNow } from "@/lib/format";
import { dateOfDayOrNull } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoredRows } from "./import-reads";
import { readPeopleCsv, type ImportRow } from "./csv";
import { buildPlan } from "./plan";
import { type PlanContext, type PlanReport } from "./plan-model";
import { grantableRoles } from "./roles";
import { recordManagerChange } from "./authority";
import { OPEN_WITH_MANAGER } from "@/lib/declarations/lifecycle";
import { canonicalJson } from "./canonical";
import { existingPersonOf, PERSON_RECORD_SELECT } from "./record";

type Tx = Prisma.TransactionClient;

// Reading stored imports (the list, one import, the report of rows to fix) lives in ./import-reads.ts.
export * from "./import-reads";

/** Large imports write thousands of rows in one transaction: more than Prisma's default 5 seconds. */
const LONG_TRANSACTION = { timeout: 180_000, maxWait: 20_000 };

// ---- CSV import ----------------------------------------------------------------------------------------------

/** Everything the plan needs to know about the organisation now. */
async function snapshot(tx: Tx, viewer: Viewer, rows: ImportRow[]): Promise<PlanContext> {
  const org = viewer.organisationId;
  // One after the other: a transaction's connection takes one query at a time (pg 9 refuses more).
  const people = await tx.person.findMany({
    where: { organisationId: org },
    orderBy: { id: "asc" },
    select: { ...PERSON_RECORD_SELECT, disabledAt: true },
  });
  const units = await tx.unit.findMany({
    where: { organisationId: org },
    select: { id: true, name: true, code: true },
  });
  const openAssignments = await tx.declaration.findMany({
    where: { organisationId: org, assigneeId: { not: null }, status: { in: [...OPEN_WITH_MANAGER] } },
    orderBy: { id: "asc" },
    select: { personId: true, assigneeId: true },
  });
  const emails = [...new Set(rows.map((r) => r.email).filter(Boolean))];
  const elsewhere = new Set<string>();
  for (let i = 0; i < emails.length; i += 1000) {
    const found = await tx.person.findMany({
      where: { email: { in: emails.slice(i, i + 1000) }, organisationId: { not: org } },
      select: { email: true },
    });
    for (const f of found) elsewhere.add(f.email);
  }
  return {
    people: people.map(existingPersonOf),
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
  const outOfReach = new Set(
    ctx.people.filter((p) => !p.roles.every((r) => ctx.grantableRoles.includes(r))).map((p) => p.id),
  );
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
export async function previewImport(
  viewer: Viewer,
  input: { fileName: string; bytes: Uint8Array },
): Promise<{ id: string }> {
  assertArea(viewer, "people");
  const read = readPeopleCsv(input.bytes);
  if (!read.ok) throw new AppError("VALIDATION", "file", { problem: read.problem, encoding: read.encoding });
  const fileName =
    (input.fileName.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f]/g, "").slice(0, 200) || "import.csv";
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = planFor(read.rows, await snapshot(tx, viewer, read.rows));
    const stored: StoredRows = {
      delimiter: read.delimiter,
      columns: read.columns,
      rows: read.rows,
      sources: read.sources,
    };
    return createAudited(
      tx,
      viewer,
      tx.peopleImport.create({
        data: {
          organisationId: viewer.organisationId,
          createdById: viewer.id,
          fileName,
          encoding: read.encoding,
          status: "PREVIEWED",
          rows: stored as unknown as Prisma.InputJsonValue,
          report: plan.report as unknown as Prisma.InputJsonValue,
        },
        select: { id: true },
      }),
      {
        action: "people-import.previewed",
        entityType: "PeopleImport",
        data: { counts: { ...plan.report.counts }, encoding: read.encoding },
      },
    );
  }, LONG_TRANSACTION);
}

/**
 * Applies a preview: everything or nothing, in one transaction. Refused while any row is rejected, and when
 * the organisation changed since the preview in a way that changes the plan (a stale preview): the plan is
 * computed again and must be exactly what the preview showed.
 */
export async function applyImport(
  viewer: Viewer,
  input: { id: string },
): Promise<{ created: number; updated: number }> {
  assertArea(viewer, "people");
  const db = await getDb();
  const org = viewer.organisationId;
  try {
    return await db.$transaction(async (tx) => {
      // One import at a time per organisation: a second one waits and then sees the first one's result.
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`people-import:${org}`}))`;
      const imp = await tx.peopleImport.findFirst({
        where: { id: input.id, organisationId: org },
        select: { id: true, status: true, rows: true, report: true },
      });
      if (!imp) throw notFound("import");
      if (imp.status !== "PREVIEWED") throw invalidState(imp.status);
      const stored = imp.rows as unknown as StoredRows;
      const previewed = imp.report as unknown as PlanReport;
      if (previewed.counts.rejected > 0)
        throw new AppError("INVALID_STATE", "rejected rows", { reason: "rejectedRows" });
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
            id: idOf.get(w.node)!,
            organisationId: org,
            name: w.data.name!,
            email: w.data.email!,
            functionTitle: w.data.functionTitle ?? "",
            roles: w.data.roles ?? ["EMPLOYEE"],
            ...personData(w.data),
          })),
        });
      }
      const node = (n: string | null | undefined) => (n === null || n === undefined ? n : (idOf.get(n) ?? n));
      for (const w of updates) {
        const updated = await tx.person.updateMany({
          where: { id: w.personId!, organisationId: org, version: w.version! },
          data: {
            ...personData(w.data),
            ...(w.managerNode !== undefined ? { managerId: node(w.managerNode) } : {}),
            version: { increment: 1 },
          },
        });
        expectOneUpdated(updated, { reason: "stalePreview" });
      }
      // Managers of new people, once everyone exists (a manager may be new too): one statement per manager.
      const byManager = new Map<string, string[]>();
      for (const w of creates)
        if (w.managerNode)
          byManager.set(node(w.managerNode)!, [...(byManager.get(node(w.managerNode)!) ?? []), idOf.get(w.node)!]);
      for (const [managerId, ids] of byManager)
        await tx.person.updateMany({ where: { id: { in: ids } }, data: { managerId } });
      // A changed manager of an existing person: audited, told, open declarations moved (decision 032), as in the form.
      for (const w of updates) {
        if (w.managerNode === undefined) continue;
        await recordManagerChange(tx, {
          organisationId: org,
          actorId: viewer.id,
          personId: w.personId!,
          oldManagerId: managerBefore.get(w.personId!) ?? null,
          newManagerId: node(w.managerNode) ?? null,
          version: w.version! + 1,
          via: "import",
        });
      }

      const done = await tx.peopleImport.updateMany({
        where: { id: imp.id, status: "PREVIEWED" },
        data: { status: "APPLIED", appliedAt: new Date() },
      });
      expectOneUpdated(done);
      const updatedIds = updates.map((w) => w.personId!);
      await recordViewerAudit(tx, viewer, {
        action: "people-import.applied",
        entityType: "PeopleImport",
        entityId: imp.id,
        data: {
          created: creates.length,
          updated: updates.length,
          unchanged: plan.report.counts.unchanged,
          createdIds: creates.map((w) => idOf.get(w.node)!),
          updatedIds,
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
    const imp = await tx.peopleImport.findFirst({
      where: { id: input.id, organisationId: viewer.organisationId },
      select: { id: true, status: true },
    });
    if (!imp) throw notFound("import");
    if (imp.status !== "PREVIEWED") throw invalidState(imp.status);
    const done = await tx.peopleImport.updateMany({
      where: { id: imp.id, status: "PREVIEWED" },
      data: { status: "DISCARDED" },
    });
    expectOneUpdated(done);
    await recordViewerAudit(tx, viewer, {
      action: "people-import.discarded",
      entityType: "PeopleImport",
      entityId: imp.id,
    });
  });
}
