import "server-only";
// The integrity office's overview: figures per type, status, unit and month, rule outcomes, gifts per giver,
// overdue decisions, and the audit trail of one declaration. For integrity officers and HR of the viewer's
// own organisation only (assertArea inside every function; every id from the client is checked against the
// organisation). Figures are aggregated by the database (GROUP BY), never by loading all declarations:
// an organisation can hold tens of thousands. Drafts never count.
import { TZDate } from "@date-fns/tz";
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { AppError } from "@/lib/errors";
import { TIME_ZONE } from "@/lib/format";
import {
  Prisma,
  type DeclarationStatus,
  type DeciderRole,
  type PrismaClient,
  type RuleOutcome,
} from "@/lib/generated/prisma/client";
import { OVERDUE_DAYS } from "@/lib/decisions/queue-params";
import { DB_TO_RULE_TYPE, RULE_TO_DB_TYPE } from "@/lib/declarations/types";
import type { DeclarationType as RuleType } from "@/lib/rules";
import type { OverviewFilters, Period } from "./schemas";
import { AWAITING_DECISION, AWAITING_MANAGER, DECLARED, SENT } from "@/lib/declarations/lifecycle";
import { statusIn } from "@/lib/declarations/status-sql";

type Db = PrismaClient | Prisma.TransactionClient;

/** How many givers and overdue decisions the page lists; the totals always count all of them. */
export const LIST_LIMIT = 100;
const RECENT_LIMIT = 20;

// ---- periods ---------------------------------------------------------------------------------------

/** The instant a calendar day starts in Amsterdam. */
function amsterdamMidnight(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, TIME_ZONE).getTime());
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** [start, end) instants of an inclusive period of Amsterdam calendar days. */
export function periodBounds(period: Period): { start: Date; end: Date } {
  return { start: amsterdamMidnight(period.from), end: amsterdamMidnight(nextDay(period.to)) };
}

/** Every month of the period, "YYYY-MM", in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [y, m] = period.from.split("-").map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    months.push(key);
    if (key >= last) return months;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

// ---- the shared selection --------------------------------------------------------------------------

interface Selection {
  organisationId: string;
  start: Date;
  end: Date;
  unitId: string | null;
  type: RuleType | null;
}

/** Sent (never a draft), in the period by the moment it was sent, optionally of one unit and one type. */
function selected(s: Selection): Prisma.Sql {
  return Prisma.sql`d."organisationId" = ${s.organisationId} and ${statusIn("d.status", SENT)} and d."submittedAt" >= ${s.start} and d."submittedAt" < ${s.end}
    ${s.unitId ? Prisma.sql`and d."unitId" = ${s.unitId}` : Prisma.empty}
    ${s.type ? Prisma.sql`and d.type::text = ${RULE_TO_DB_TYPE[s.type]}` : Prisma.empty}`;
}

// The giver as one key: case and whitespace do not matter (lib/overview/schemas.ts normaliseGiver does the same).
const GIVER_DISPLAY = Prisma.sql`btrim(regexp_replace(d.counterparty, '\\s+', ' ', 'g'))`;
// The gift's own date (when it was received or offered); for the few without one, the day it was declared.
const GIFT_DAY = Prisma.sql`coalesce(d."occursOn", (d."submittedAt" at time zone 'Europe/Amsterdam')::date)`;

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

// ---- figures ---------------------------------------------------------------------------------------

/** In the enums' order (type as declared, status along the workflow); outcomes from "no duty" to "not permitted". */
export interface TypeStatusCount {
  type: RuleType;
  status: DeclarationStatus;
  count: number;
}
export interface UnitCount {
  unitId: string | null;
  unitName: string | null;
  count: number;
}
export interface MonthCount {
  month: string;
  count: number;
}
export interface OutcomeCount {
  outcome: RuleOutcome | null;
  count: number;
}
export interface GiverTotal {
  giver: string;
  year: number;
  gifts: number;
  people: number;
  totalCents: number;
}
export interface GiftTotals {
  givers: GiverTotal[];
  giverCount: number;
  giftCount: number;
  totalCents: number;
}

async function countsByTypeStatus(db: Db, s: Selection): Promise<TypeStatusCount[]> {
  const rows = await db.$queryRaw<{ type: keyof typeof DB_TO_RULE_TYPE; status: DeclarationStatus; n: number }[]>`
    select d.type::text as type, d.status::text as status, count(*)::int as n
    from "Declaration" d where ${selected(s)}
    group by d.type, d.status order by d.type, d.status`;
  return rows.map((r) => ({ type: DB_TO_RULE_TYPE[r.type], status: r.status, count: r.n }));
}

async function countsByUnit(db: Db, s: Selection): Promise<UnitCount[]> {
  return db.$queryRaw<UnitCount[]>`
    select d."unitId" as "unitId", u.name as "unitName", count(*)::int as count
    from "Declaration" d left join "Unit" u on u.id = d."unitId"
    where ${selected(s)}
    group by 1, 2 order by 3 desc, 2 nulls last`;
}

async function countsByMonth(db: Db, s: Selection, period: Period): Promise<MonthCount[]> {
  const rows = await db.$queryRaw<MonthCount[]>`
    select to_char(d."submittedAt" at time zone 'Europe/Amsterdam', 'YYYY-MM') as month, count(*)::int as count
    from "Declaration" d where ${selected(s)}
    group by 1`;
  const byMonth = new Map(rows.map((r) => [r.month, r.count]));
  return monthsOf(period).map((month) => ({ month, count: byMonth.get(month) ?? 0 }));
}

async function countsByOutcome(db: Db, s: Selection): Promise<OutcomeCount[]> {
  return db.$queryRaw<OutcomeCount[]>`
    select d."ruleOutcome"::text as outcome, count(*)::int as count
    from "Declaration" d where ${selected(s)}
    group by d."ruleOutcome" order by d."ruleOutcome" nulls last`;
}

/** Declarations in the selection decided against the code's verdict (decision 052). */
async function countAgainstCode(db: Db, s: Selection): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    select count(distinct d.id)::int as n
    from "Declaration" d join "Decision" x on x."declarationId" = d.id
    where ${selected(s)} and x."againstCode"`;
  return rows[0]?.n ?? 0;
}

/**
 * Declared gifts per giver per calendar year of the gift: every gift declaration that was sent and not
 * withdrawn, received or only offered. Value in cents, number of gifts, number of different employees.
 */
async function giftTotals(
  db: Db,
  organisationId: string,
  period: Period,
  unitId: string | null,
  limit: number | null,
): Promise<GiftTotals> {
  const where = Prisma.sql`d."organisationId" = ${organisationId} and d.type = 'GIFT' and ${statusIn("d.status", DECLARED)}
    and ${GIFT_DAY} between ${period.from}::date and ${period.to}::date
    and d.counterparty is not null and ${GIVER_DISPLAY} <> ''
    ${unitId ? Prisma.sql`and d."unitId" = ${unitId}` : Prisma.empty}`;
  const [givers, totals] = await Promise.all([
    db.$queryRaw<{ giver: string; year: number; gifts: number; people: number; totalCents: bigint }[]>`
      with g as (
        select ${GIVER_DISPLAY} as display, extract(year from ${GIFT_DAY})::int as year, d."personId", d."valueCents"
        from "Declaration" d where ${where}
      )
      select mode() within group (order by display) as giver, year, count(*)::int as gifts,
        count(distinct "personId")::int as people, coalesce(sum("valueCents"), 0)::bigint as "totalCents"
      from g group by lower(display), year
      order by "totalCents" desc, gifts desc, giver, year
      ${limit ? Prisma.sql`limit ${limit}` : Prisma.empty}`,
    db.$queryRaw<{ givers: number; gifts: number; totalCents: bigint }[]>`
      select count(distinct (lower(${GIVER_DISPLAY}), extract(year from ${GIFT_DAY})))::int as givers, count(*)::int as gifts,
        coalesce(sum(d."valueCents"), 0)::bigint as "totalCents"
      from "Declaration" d where ${where}`,
  ]);
  const t = totals[0]!;
  return {
    givers: givers.map((g) => ({ ...g, totalCents: Number(g.totalCents) })),
    giverCount: t.givers,
    giftCount: t.gifts,
    totalCents: Number(t.totalCents),
  };
}

export interface OverdueItem {
  id: string;
  title: string;
  type: RuleType;
  unitName: string | null;
  /** Who the decision waits for: the assigned manager, or the integrity officer (escalated, referral to the top). */
  waitsFor: { kind: "person"; name: string } | { kind: DeciderRole };
  submittedAt: string;
  daysWaiting: number;
}

/**
 * Decisions that wait longer than `days` days since the declaration was sent: the same rule as the daily
 * reminder (submittedAt < now - days). Now, not in the period: a late decision is late today.
 */
async function overdueDecisions(
  db: Db,
  viewer: Viewer,
  opts: { now: Date; days: number; unitId: string | null; type: RuleType | null; limit: number },
) {
  const where: Prisma.DeclarationWhereInput = {
    organisationId: viewer.organisationId,
    // Awaiting a decision: the same group as the daily reminder (lib/notifications/reminders.ts).
    status: { in: [...AWAITING_DECISION] },
    submittedAt: { lt: new Date(opts.now.getTime() - opts.days * 86_400_000) },
    ...(opts.unitId ? { unitId: opts.unitId } : {}),
    ...(opts.type ? { type: RULE_TO_DB_TYPE[opts.type] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.declaration.count({ where }),
    db.declaration.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: opts.limit,
      select: {
        id: true,
        title: true,
        type: true,
        status: true,
        deciderRole: true,
        submittedAt: true,
        unit: { select: { name: true } },
        assignee: { select: { name: true } },
      },
    }),
  ]);
  const items: OverdueItem[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    type: DB_TO_RULE_TYPE[r.type],
    unitName: r.unit?.name ?? null,
    waitsFor:
      AWAITING_MANAGER.includes(r.status) && r.assignee
        ? { kind: "person", name: r.assignee.name }
        : { kind: r.deciderRole === "TOP" ? "TOP" : "INTEGRITY_OFFICER" },
    submittedAt: r.submittedAt!.toISOString(),
    daysWaiting: Math.floor((opts.now.getTime() - r.submittedAt!.getTime()) / 86_400_000),
  }));
  return { days: opts.days, total, items };
}

export interface RecentItem {
  id: string;
  title: string;
  type: RuleType;
  status: DeclarationStatus;
  unitName: string | null;
  submittedAt: string;
}

async function recentInSelection(db: Db, s: Selection): Promise<RecentItem[]> {
  const rows = await db.$queryRaw<
    {
      id: string;
      title: string;
      type: keyof typeof DB_TO_RULE_TYPE;
      status: DeclarationStatus;
      unitName: string | null;
      submittedAt: Date;
    }[]
  >`
    select d.id, d.title, d.type::text as type, d.status::text as status, u.name as "unitName", d."submittedAt" as "submittedAt"
    from "Declaration" d left join "Unit" u on u.id = d."unitId"
    where ${selected(s)}
    order by d."submittedAt" desc, d.id limit ${RECENT_LIMIT}`;
  return rows.map((r) => ({ ...r, type: DB_TO_RULE_TYPE[r.type], submittedAt: r.submittedAt.toISOString() }));
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
  const rows = await db.$queryRaw<{ year: number }[]>`
    select distinct extract(year from d."submittedAt" at time zone 'Europe/Amsterdam')::int as year
    from "Declaration" d where d."organisationId" = ${viewer.organisationId} and ${statusIn("d.status", SENT)} and d."submittedAt" is not null`;
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
