import "server-only";
// The integrity office's overview: figures per type, status, unit and month, rule outcomes, gifts per giver,
// overdue decisions, and the annual report's figures (the queries are figures.ts, the periods periods.ts, the
// audit trail of one declaration audit-trail.ts). For integrity officers and HR of the viewer's
// own organisation only (assertArea inside every function; every id from the client is checked against the
// organisation). Figures are aggregated by the database (GROUP BY), never by loading all declarations:
// an organisation can hold tens of thousands. Drafts never count.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { AppError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { OVERDUE_DAYS } from "@/lib/decisions/queue-params";
import type { OverviewFilters, Period } from "./schemas";
import { AWAITING_DECISION, SENT } from "@/lib/declarations/lifecycle";
import { statusIn } from "@/lib/declarations/status-sql";
import { periodBounds } from "./periods";
import {
  type GiftTotals,
  type MonthCount,
  type OutcomeCount,
  type OverdueItem,
  type RecentItem,
  type Selection,
  type TypeStatusCount,
  type UnitCount,
  countAgainstCode,
  countsByMonth,
  countsByOutcome,
  countsByTypeStatus,
  countsByUnit,
  giftTotals,
  overdueDecisions,
  recentInSelection,
  selected,
} from "./figures";

type Db = PrismaClient | Prisma.TransactionClient;

/** How many givers and overdue decisions the page lists; the totals always count all of them. */
export const LIST_LIMIT = 100;

async function requireOwnUnit(db: Db, viewer: Viewer, unitId: string | null): Promise<string | null> {
  if (!unitId) return null;
  const unit = await db.unit.findFirst({
    where: { id: unitId, organisationId: viewer.organisationId },
    select: { name: true },
  });
  // A unit of another organisation (or none at all) is bad input, answered like any unknown value.
  if (!unit) throw new AppError("VALIDATION", "unknown unit", { fieldErrors: { afdeling: "unitUnknown" } });
  return unit.name;
}

export interface Overview {
  period: Period;
  unitName: string | null;
  total: number;
  byTypeStatus: TypeStatusCount[];
  byUnit: UnitCount[];
  byMonth: MonthCount[];
  outcomes: OutcomeCount[];
  /** Declarations decided against the code's verdict (decision 052). */
  againstCode: number;
  gifts: GiftTotals;
  overdue: { days: number; total: number; items: OverdueItem[] };
  recent: RecentItem[];
}

export interface OverviewOptions {
  now?: Date;
  overdueDays?: number;
}

/** The overview for the filters. Throws VALIDATION (field "afdeling") for a unit outside the organisation. */
export async function getOverview(
  viewer: Viewer,
  filters: OverviewFilters,
  options: OverviewOptions = {},
): Promise<Overview> {
  assertArea(viewer, "overview");
  const db = await getDb();
  const unitName = await requireOwnUnit(db, viewer, filters.unitId);
  const s: Selection = {
    organisationId: viewer.organisationId,
    ...periodBounds(filters.period),
    unitId: filters.unitId,
    type: filters.type,
  };
  const now = options.now ?? new Date();
  const [byTypeStatus, byUnit, byMonth, outcomes, gifts, overdue, recent, againstCode] = await Promise.all([
    countsByTypeStatus(db, s),
    countsByUnit(db, s),
    countsByMonth(db, s, filters.period),
    countsByOutcome(db, s),
    giftTotals(db, viewer.organisationId, filters.period, filters.unitId, LIST_LIMIT),
    overdueDecisions(db, viewer, {
      now,
      days: options.overdueDays ?? OVERDUE_DAYS,
      unitId: filters.unitId,
      type: filters.type,
      limit: LIST_LIMIT,
    }),
    recentInSelection(db, s),
    countAgainstCode(db, s),
  ]);
  return {
    period: filters.period,
    unitName,
    total: byTypeStatus.reduce((n, r) => n + r.count, 0),
    byTypeStatus,
    byUnit,
    byMonth,
    outcomes,
    againstCode,
    gifts,
    overdue,
    recent,
  };
}

/** The units of the viewer's organisation, for the filter. */
export async function listOverviewUnits(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  assertArea(viewer, "overview");
  const db = await getDb();
  return db.unit.findMany({
    where: { organisationId: viewer.organisationId },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The calendar years with sent declarations (for the year filter), always including `currentYear`. */
export async function listOverviewYears(viewer: Viewer, currentYear: number): Promise<number[]> {
  assertArea(viewer, "overview");
  const db = await getDb();
  // A loose index scan (issue 15): the first sent declaration of each year in turn, one probe of the index
  // Declaration(organisationId, submittedAt) per year, instead of a distinct over the organisation's whole history
  // (2-5.7 s for 1,000,000 declarations, docs/benchmarks.md). The same years as that distinct.
  const sent = statusIn("d.status", SENT);
  const rows = await db.$queryRaw<{ year: number }[]>`
    with recursive years(year) as (
      select (select extract(year from min(d."submittedAt") at time zone 'Europe/Amsterdam')::int
              from "Declaration" d
              where d."organisationId" = ${viewer.organisationId} and ${sent} and d."submittedAt" is not null)
      union all
      select (select extract(year from min(d."submittedAt") at time zone 'Europe/Amsterdam')::int
              from "Declaration" d
              where d."organisationId" = ${viewer.organisationId} and ${sent}
                and d."submittedAt" >= make_timestamptz(years.year + 1, 1, 1, 0, 0, 0, 'Europe/Amsterdam'))
      from years where years.year is not null
    )
    select year from years where year is not null`;
  return [...new Set([currentYear, ...rows.map((r) => r.year)])].sort((a, b) => b - a);
}

// ---- the annual report -----------------------------------------------------------------------------

export interface AnnualFigures {
  year: number;
  /** The day the overdue figure was taken (Amsterdam). */
  referenceDate: Date;
  overdueDays: number;
  byTypeStatus: TypeStatusCount[];
  byUnit: UnitCount[];
  byMonth: MonthCount[];
  outcomes: OutcomeCount[];
  gifts: GiftTotals;
  /** Declarations of the year still waiting for a decision longer than overdueDays on the reference date. */
  overdueOpen: number;
  /** Declarations of the year decided more than overdueDays after they were sent. */
  decidedLate: number;
}

/** Aggregate figures of one calendar year for the annual integrity report: counts and sums, no names, no contents. */
export async function annualReportFigures(
  viewer: Viewer,
  year: number,
  options: OverviewOptions = {},
): Promise<AnnualFigures> {
  assertArea(viewer, "overview");
  const db = await getDb();
  const period: Period = { from: `${year}-01-01`, to: `${year}-12-31`, year };
  const s: Selection = { organisationId: viewer.organisationId, ...periodBounds(period), unitId: null, type: null };
  const now = options.now ?? new Date();
  const days = options.overdueDays ?? OVERDUE_DAYS;
  const late = Prisma.sql`make_interval(days => ${days}::int)`;
  const [byTypeStatus, byUnit, byMonth, outcomes, gifts, lateness] = await Promise.all([
    countsByTypeStatus(db, s),
    countsByUnit(db, s),
    countsByMonth(db, s, period),
    countsByOutcome(db, s),
    giftTotals(db, viewer.organisationId, period, null, null),
    db.$queryRaw<{ open: number; decided: number }[]>`
      select
        count(*) filter (where ${statusIn("d.status", AWAITING_DECISION)} and d."submittedAt" < ${now}::timestamptz - ${late})::int as open,
        count(*) filter (where d."decidedAt" is not null and d."decidedAt" - d."submittedAt" > ${late})::int as decided
      from "Declaration" d where ${selected(s)}`,
  ]);
  return {
    year,
    referenceDate: now,
    overdueDays: days,
    byTypeStatus,
    byUnit,
    byMonth,
    outcomes,
    gifts,
    overdueOpen: lateness[0]!.open,
    decidedLate: lateness[0]!.decided,
  };
}
