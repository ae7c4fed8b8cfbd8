// What a purge run removed (or a dry run would remove), per retention category and kind of record; pure, so the
// pages can show stored runs.
import type { RetentionCategory } from "@/lib/generated/prisma/client";
import { RETENTION_CATEGORIES } from "../retention";

/** What one run removed (or a dry run would remove): per category, per kind of record. */
export type RemovedCounts = Record<RetentionCategory, Record<string, number>>;

export const COUNT_KINDS: Record<RetentionCategory, string[]> = {
  CLOSED_DECLARATIONS: ["declarations", "decisions", "messages"],
  DRAFTS: ["declarations", "decisions", "messages"],
  REGISTER_HISTORY: ["registerEntries"],
  NOTIFICATIONS: ["notifications", "outboundEmails", "mailMessages"],
  CAMPAIGN_RESPONSES: ["campaignResponses"],
  PEOPLE_IMPORTS: ["peopleImports"],
};

export function emptyCounts(): RemovedCounts {
  return Object.fromEntries(
    RETENTION_CATEGORIES.map((c) => [c, Object.fromEntries(COUNT_KINDS[c].map((k) => [k, 0]))]),
  ) as RemovedCounts;
}

export function totalRemoved(counts: RemovedCounts): number {
  return Object.values(counts).reduce((sum, kinds) => sum + Object.values(kinds).reduce((a, b) => a + b, 0), 0);
}

/** Reads a stored `removed` value defensively (older or partial runs): every category and kind present. */
export function readCounts(value: unknown): RemovedCounts {
  const counts = emptyCounts();
  const source = (value ?? {}) as Record<string, Record<string, unknown>>;
  for (const category of RETENTION_CATEGORIES) {
    for (const kind of COUNT_KINDS[category]) {
      const n = source[category]?.[kind];
      if (typeof n === "number" && Number.isFinite(n)) counts[category][kind] = n;
    }
  }
  return counts;
}

/** What one batch removed: only the categories and kinds it touched. */
export type BatchCounts = Partial<Record<RetentionCategory, Record<string, number>>>;

export function addCounts(total: RemovedCounts, batch: BatchCounts): RemovedCounts {
  const next = readCounts(total);
  for (const [category, kinds] of Object.entries(batch) as [RetentionCategory, Record<string, number>][]) {
    for (const [kind, n] of Object.entries(kinds)) next[category][kind] = (next[category][kind] ?? 0) + n;
  }
  return next;
}
