// Retention periods (AVG art. 5(1)(e), storage limitation) and the date math of "past its retention".
// Pure: no Prisma, no clock (pass `now`), usable in the data layer, the purge and tests.
//
// The codes of conduct give no retention periods (rules catalogue §5 item 13). The defaults below are
// PROPOSALS for legal/AVG review (docs/privacy.md, docs/decisions/024-retention.md); each organisation can
// change them within the bounds.
import { TZDate } from "@date-fns/tz";
import { subMonths } from "date-fns";
import type { DeclarationStatus, DeclarationType, RetentionCategory } from "@/lib/generated/prisma/enums";
import { RUNNING, isClosed } from "@/lib/declarations/lifecycle";

export const TIME_ZONE = "Europe/Amsterdam";

export const RETENTION_CATEGORIES = [
  "CLOSED_DECLARATIONS",
  "DRAFTS",
  "REGISTER_HISTORY",
  "NOTIFICATIONS",
  "CAMPAIGN_RESPONSES",
  "PEOPLE_IMPORTS",
] as const satisfies readonly RetentionCategory[];

export interface RetentionPolicy {
  /** Proposed default, in months. */
  defaultMonths: number;
  /** Bounds HR can choose within: never so short that the record is gone before anyone can act on it. */
  minMonths: number;
  maxMonths: number;
}

export const RETENTION_POLICY: Record<RetentionCategory, RetentionPolicy> = {
  // 7 years after closing (or after the side job ended): long enough for a later conflict of interest,
  // a repeated gift from the same giver or an appeal; in line with common personnel-file practice.
  CLOSED_DECLARATIONS: { defaultMonths: 84, minMonths: 24, maxMonths: 240 },
  // 6 months untouched: nobody relies on an unsent draft.
  DRAFTS: { defaultMonths: 6, minMonths: 1, maxMonths: 24 },
  // 5 years after leaving the public register: enough to answer questions about what was published.
  REGISTER_HISTORY: { defaultMonths: 60, minMonths: 12, maxMonths: 240 },
  // 12 months: notifications and e-mails only point to records that are kept anyway.
  NOTIFICATIONS: { defaultMonths: 12, minMonths: 1, maxMonths: 60 },
  // 3 years: the organisation can show it asked everyone, over more than one campaign.
  CAMPAIGN_RESPONSES: { defaultMonths: 36, minMonths: 12, maxMonths: 120 },
  // 3 months: a staged import is only needed to check what an import changed.
  PEOPLE_IMPORTS: { defaultMonths: 3, minMonths: 1, maxMonths: 24 },
};

export function isRetentionCategory(value: unknown): value is RetentionCategory {
  return typeof value === "string" && (RETENTION_CATEGORIES as readonly string[]).includes(value);
}

/** Months per category: the organisation's rules where it has one, the proposed default otherwise. */
export function effectiveRetention(
  rows: { category: RetentionCategory; retentionMonths: number }[],
): Record<RetentionCategory, number> {
  const result = Object.fromEntries(RETENTION_CATEGORIES.map((c) => [c, RETENTION_POLICY[c].defaultMonths])) as Record<
    RetentionCategory,
    number
  >;
  for (const row of rows) result[row.category] = row.retentionMonths;
  return result;
}

/**
 * The latest moment a record may have been closed (or last touched) to be past a retention of `months`
 * at `now`: calendar months in Amsterdam wall time. A record is past its retention when its reference
 * moment is at or before this cutoff, i.e. on the anniversary itself the period is over.
 * When the anniversary does not exist (29 February, 31 August + 6 months) date-fns clamps `now - months`,
 * which keeps the record until the day after the clamped date: never shorter than the full period
 * (the same reading as decision 011).
 */
export function retentionCutoff(now: Date, months: number): Date {
  if (!Number.isInteger(months) || months < 0)
    throw new Error(`retention months must be a whole number >= 0, got ${months}`);
  return new Date(subMonths(new TZDate(now.getTime(), TIME_ZONE), months).getTime());
}

export function isPastRetention(reference: Date, months: number, now: Date): boolean {
  return reference.getTime() <= retentionCutoff(now, months).getTime();
}

// ---- declarations ----------------------------------------------------------------------------------

// Which statuses are open (never purged), closed (the periods run) and running (a side job that has not ended):
// the lifecycle's groups OPEN, CLOSED and RUNNING (lib/declarations/lifecycle.ts, decision 049).

export interface ClosedDeclarationFacts {
  type: DeclarationType;
  status: DeclarationStatus;
  /** Last change: for a closed declaration, the moment it was decided, registered, withdrawn or ended (or later). */
  updatedAt: Date;
  answers: unknown;
  /** Accepted follow-ups (a change to or the end of this side job): the moment each was last changed. */
  acceptedFollowUps: Date[];
  /** The declarant's last day of employment, if any. */
  employmentEnd: Date | null;
}

const dayAfter = (date: Date) => new Date(date.getTime() + 86_400_000);

function answeredEndDate(answers: unknown): Date | null {
  const a = (answers ?? {}) as Record<string, unknown>;
  if (a.change !== "ended" || typeof a.endDate !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(a.endDate)) return null;
  const date = new Date(`${a.endDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : dayAfter(date);
}

const latest = (...dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

/**
 * From when the retention of a closed declaration counts, or null when it is not closed (open, a draft,
 * or a side job that still runs). A side job ends when its end is reported (the reported end date), when
 * an accepted change or end replaces it, or when the person's employment ends; the count starts at the
 * latest of that and the last change. Everything else counts from its last change (decision, registration,
 * withdrawal).
 */
export function closedSince(d: ClosedDeclarationFacts, now: Date): Date | null {
  if (!isClosed(d.status)) return null;
  if (d.type !== "SIDE_JOB" || !RUNNING.includes(d.status)) return d.updatedAt;
  const reportedEnd = answeredEndDate(d.answers);
  if (reportedEnd) return latest(d.updatedAt, reportedEnd);
  if (d.acceptedFollowUps.length > 0) return latest(d.updatedAt, ...d.acceptedFollowUps);
  if (d.employmentEnd && dayAfter(d.employmentEnd).getTime() <= now.getTime())
    return latest(d.updatedAt, dayAfter(d.employmentEnd));
  return null;
}
