import "server-only";
// Stored imports as HR reads them: the list, one import with its plan, and the report of the rows to fix
// (decision 064). Part of the people data layer; lib/people/import.ts re-exports it.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { recordViewerAudit } from "@/lib/audit/record";
import { notFound } from "@/lib/errors";
import type { ColumnKey, CsvRecord, Delimiter, Encoding, ImportRow, Issue } from "./csv";
import { lostCharactersIssue } from "./lost-characters";
import type { PlanReport, ReportRow } from "./plan-model";

/** What an import keeps of its file in `PeopleImport.rows`. */
export interface StoredRows {
  delimiter: Delimiter;
  columns: ColumnKey[];
  rows: ImportRow[];
  /** The cells as they stood in the file; absent in imports previewed before decision 064. */
  sources?: Pick<CsvRecord, "line" | "cells">[];
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
  const by = await db.person.findFirst({
    where: { id: imp.createdById, organisationId: viewer.organisationId },
    select: { name: true },
  });
  const stored = imp.rows as unknown as StoredRows;
  const report = imp.report as unknown as PlanReport;
  return {
    id: imp.id,
    fileName: imp.fileName,
    encoding: imp.encoding as Encoding,
    delimiter: stored.delimiter,
    columns: stored.columns,
    status: imp.status,
    createdAt: imp.createdAt.toISOString(),
    appliedAt: imp.appliedAt?.toISOString() ?? null,
    createdByName: by?.name ?? null,
    counts: report.counts,
    rows: [...report.rows].sort((a, b) => a.line - b.line),
  };
}

/** A row for the report of rejected rows: its cells as in the file and why it needs another look. */
export interface ReportedRow {
  line: number;
  cells: Partial<Record<ColumnKey, string>>;
  /** Rejected: the reasons; imported with a warning: the lost characters in the name (decision 064). */
  reasons: Issue[];
}

/**
 * The rows of an import that HR must fix and import again: the rejected ones and those whose name lost
 * characters, as they stood in the file. The people administrators of the import's organisation only (the
 * same right as seeing the import); the download is audited, as names leave the portal.
 */
export async function reportRowsOfImport(
  viewer: Viewer,
  id: string,
): Promise<{ fileName: string; columns: ColumnKey[]; rows: ReportedRow[] }> {
  assertArea(viewer, "people");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const imp = await tx.peopleImport.findFirst({
      where: { id, organisationId: viewer.organisationId },
      select: { id: true, fileName: true, rows: true, report: true },
    });
    if (!imp) throw notFound();
    const stored = imp.rows as unknown as StoredRows;
    const report = imp.report as unknown as PlanReport;
    const sources = new Map((stored.sources ?? []).map((s) => [s.line, s.cells]));
    const normalised = new Map(stored.rows.map((r) => [r.line, r]));
    const rows: ReportedRow[] = [];
    for (const row of [...report.rows].sort((a, b) => a.line - b.line)) {
      const lost = lostCharactersIssue(row.name);
      const reasons = row.outcome === "rejected" ? row.reasons : [];
      if (reasons.length === 0 && !lost && row.outcome !== "rejected") continue;
      // Imports from before the sources were kept: the normalised values, the nearest to the file there is.
      const cells = sources.get(row.line) ?? fallbackCells(normalised.get(row.line), stored.columns);
      rows.push({ line: row.line, cells, reasons: lost ? [...reasons, lost] : reasons });
    }
    await recordViewerAudit(tx, viewer, {
      action: "people-import.report-exported",
      entityType: "PeopleImport",
      entityId: imp.id,
      data: { rows: rows.length },
    });
    return { fileName: imp.fileName, columns: stored.columns, rows };
  });
}

function fallbackCells(row: ImportRow | undefined, columns: ColumnKey[]): Partial<Record<ColumnKey, string>> {
  const cells: Partial<Record<ColumnKey, string>> = {};
  if (!row) return cells;
  for (const key of columns) {
    const v = (row as unknown as Record<string, unknown>)[key];
    cells[key] = v === null || v === undefined ? "" : Array.isArray(v) ? v.join(",") : String(v);
  }
  return cells;
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
  return rows.map((r) => ({
    id: r.id,
    fileName: r.fileName,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    appliedAt: r.appliedAt?.toISOString() ?? null,
    counts: (r.report as unknown as PlanReport).counts,
  }));
}
