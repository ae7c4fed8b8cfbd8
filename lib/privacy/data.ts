import "server-only";
// Privacy (AVG): the data access layer. Retention settings, purge runs and "run the purge now" are for the
// "privacy" area (HR, ADMIN; assertArea inside each function) and always act on the viewer's own
// organisation: nothing from the client names an organisation or a record. "Download my data" is in
// lib/privacy/my-data.ts.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { recordViewerAudit } from "@/lib/audit/record";
import { AppError, conflict } from "@/lib/errors";
import { expectOneUpdated } from "@/lib/db/guarded-update";
import type { RetentionCategory } from "@/lib/generated/prisma/client";
import {
  previewPurge,
  purgeOrganisation,
  readCounts,
  retentionMonths,
  type PurgeResult,
  type RemovedCounts,
} from "./purge";
import { RETENTION_CATEGORIES, RETENTION_POLICY } from "./retention";
import { monthsField, type RetentionInput } from "./schemas";

// ---- retention settings ---------------------------------------------------------------------------

export interface RetentionSetting {
  category: RetentionCategory;
  months: number;
  defaultMonths: number;
  minMonths: number;
  maxMonths: number;
  /** 0 while the organisation uses the default (no rule stored yet). */
  version: number;
  isDefault: boolean;
  updatedAt: string | null;
}

export async function getRetentionSettings(viewer: Viewer): Promise<RetentionSetting[]> {
  assertArea(viewer, "privacy");
  const db = await getDb();
  const rows = await db.retentionRule.findMany({
    where: { organisationId: viewer.organisationId },
    select: { category: true, retentionMonths: true, version: true, updatedAt: true },
  });
  return RETENTION_CATEGORIES.map((category) => {
    const row = rows.find((r) => r.category === category);
    const policy = RETENTION_POLICY[category];
    return {
      category,
      months: row?.retentionMonths ?? policy.defaultMonths,
      defaultMonths: policy.defaultMonths,
      minMonths: policy.minMonths,
      maxMonths: policy.maxMonths,
      version: row?.version ?? 0,
      isDefault: !row,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  });
}

/**
 * Saves the retention periods of the viewer's organisation. Each period carries the version the form showed:
 * if any changed meanwhile, nothing is saved (CONFLICT). Only changed periods are written, each with its audit event.
 */
export async function updateRetention(
  viewer: Viewer,
  input: RetentionInput,
): Promise<{ changed: RetentionCategory[] }> {
  assertArea(viewer, "privacy");
  // The schema checks the bounds for the form; checked again here, because this is where it matters.
  const fieldErrors: Record<string, string> = {};
  for (const p of input.periods) {
    const { minMonths, maxMonths } = RETENTION_POLICY[p.category];
    if (!Number.isInteger(p.months)) fieldErrors[monthsField(p.category)] = "monthsWhole";
    else if (p.months < minMonths) fieldErrors[monthsField(p.category)] = "monthsMin";
    else if (p.months > maxMonths) fieldErrors[monthsField(p.category)] = "monthsMax";
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", "retention out of bounds", { fieldErrors });
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const rows = await tx.retentionRule.findMany({
        where: { organisationId: viewer.organisationId },
        select: { id: true, category: true, retentionMonths: true, version: true },
      });
      for (const p of input.periods) {
        const current = rows.find((r) => r.category === p.category);
        if ((current?.version ?? 0) !== p.version)
          throw conflict({ category: p.category, currentVersion: current?.version ?? 0 });
      }
      const changed: RetentionCategory[] = [];
      for (const p of input.periods) {
        const current = rows.find((r) => r.category === p.category);
        const from = current?.retentionMonths ?? RETENTION_POLICY[p.category].defaultMonths;
        if (from === p.months) continue;
        let id: string;
        if (current) {
          const updated = await tx.retentionRule.updateMany({
            where: { id: current.id, version: current.version },
            data: { retentionMonths: p.months, updatedById: viewer.id, version: { increment: 1 } },
          });
          expectOneUpdated(updated, { category: p.category });
          id = current.id;
        } else {
          // A rule created by someone else meanwhile makes this create fail on the unique key: a conflict.
          id = (
            await tx.retentionRule.create({
              data: {
                organisationId: viewer.organisationId,
                category: p.category,
                retentionMonths: p.months,
                updatedById: viewer.id,
              },
              select: { id: true },
            })
          ).id;
        }
        await recordViewerAudit(tx, viewer, {
          action: "privacy.retention-changed",
          entityType: "RetentionRule",
          entityId: id,
          data: { category: p.category, fromMonths: from, toMonths: p.months, version: (current?.version ?? 0) + 1 },
        });
        changed.push(p.category);
      }
      return { changed };
    });
  } catch (error) {
    if ((error as { code?: string } | null)?.code === "P2002") throw conflict();
    throw error;
  }
}

// ---- purge runs -----------------------------------------------------------------------------------

export interface PurgeRunView {
  id: string;
  trigger: "schedule" | "person";
  personName: string | null;
  startedAt: string;
  finishedAt: string | null;
  removed: RemovedCounts;
}

export async function listPurgeRuns(viewer: Viewer, take = 20): Promise<PurgeRunView[]> {
  assertArea(viewer, "privacy");
  const db = await getDb();
  const runs = await db.purgeRun.findMany({
    where: { organisationId: viewer.organisationId },
    orderBy: { startedAt: "desc" },
    take,
    select: { id: true, trigger: true, removed: true, startedAt: true, finishedAt: true },
  });
  const personIds = [...new Set(runs.map((r) => r.trigger).filter((t) => t !== "schedule"))];
  const people = personIds.length
    ? await db.person.findMany({
        where: { id: { in: personIds }, organisationId: viewer.organisationId },
        select: { id: true, name: true },
      })
    : [];
  return runs.map((r) => ({
    id: r.id,
    trigger: r.trigger === "schedule" ? "schedule" : "person",
    personName: r.trigger === "schedule" ? null : (people.find((p) => p.id === r.trigger)?.name ?? null),
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    removed: readCounts(r.removed),
  }));
}

/** The dry run for the confirmation step: what "run the purge now" would remove, and the periods it uses. */
export async function previewPurgeForViewer(
  viewer: Viewer,
): Promise<{ counts: RemovedCounts; months: Record<RetentionCategory, number> }> {
  assertArea(viewer, "privacy");
  const db = await getDb();
  const [counts, months] = await Promise.all([
    previewPurge(db, viewer.organisationId),
    retentionMonths(db, viewer.organisationId),
  ]);
  return { counts, months };
}

/** "Run the purge now", for the viewer's organisation only; the run and its audit event name the viewer. */
export async function purgeNow(viewer: Viewer): Promise<PurgeResult> {
  assertArea(viewer, "privacy");
  const db = await getDb();
  return purgeOrganisation(db, viewer.organisationId, { kind: "person", personId: viewer.id });
}

/** The periods that apply to the viewer's own data (everyone may know how long their data is kept). */
export async function retentionOfMyOrganisation(viewer: Viewer): Promise<Record<RetentionCategory, number>> {
  return retentionMonths(await getDb(), viewer.organisationId);
}
