import "server-only";
// The overview's figures, aggregated by the database (GROUP BY, never by loading all declarations): counts per
// type and status, unit, month and rule outcome, gifts per giver, overdue decisions, the latest declarations. Each
// query takes a Selection whose organisation the caller (data.ts, after assertArea) set to the viewer's own.
import type { Viewer } from "@/lib/auth/session";
import { daysWaiting } from "@/lib/reminders/rules";
import {
  Prisma,
  type DeclarationStatus,
  type DeciderRole,
  type PrismaClient,
  type RuleOutcome,
} from "@/lib/generated/prisma/client";
import { DB_TO_RULE_TYPE, RULE_TO_DB_TYPE } from "@/lib/declarations/types";
import type { DeclarationType as RuleType } from "@/lib/rules";
import type { Period } from "./schemas";
import { AWAITING_DECISION, AWAITING_MANAGER, DECLARED, SENT } from "@/lib/declarations/lifecycle";
import { statusIn } from "@/lib/declarations/status-sql";
import { monthsOf } from "./periods";
import { giverKey } from "@/lib/givers";

type Db = PrismaClient | Prisma.TransactionClient;

const RECENT_LIMIT = 20;

// ---- the shared selection --------------------------------------------------------------------------

export interface Selection {
  organisationId: string;
  start: Date;
  end: Date;
  unitId: string | null;
  type: RuleType | null;
}

/** Sent (never a draft), in the period by the moment it was sent, optionally of one unit and one type. */
export function selected(s: Selection): Prisma.Sql {
  return Prisma.sql`d."organisationId" = ${s.organisationId} and ${statusIn("d.status", SENT)} and d."submittedAt" >= ${s.start} and d."submittedAt" < ${s.end}
    ${s.unitId ? Prisma.sql`and d."unitId" = ${s.unitId}` : Prisma.empty}
    ${s.type ? Prisma.sql`and d.type::text = ${RULE_TO_DB_TYPE[s.type]}` : Prisma.empty}`;
}

// The giver as typed, runs of whitespace collapsed; merged into one giver by lib/givers.ts giverKey.
const GIVER_DISPLAY = Prisma.sql`btrim(regexp_replace(d.counterparty, '\\s+', ' ', 'g'))`;
// The gift's own date (when it was received or offered); for the few without one, the day it was declared.
const GIFT_DAY = Prisma.sql`coalesce(d."occursOn", (d."submittedAt" at time zone 'Europe/Amsterdam')::date)`;

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

export async function countsByTypeStatus(db: Db, s: Selection): Promise<TypeStatusCount[]> {
  const rows = await db.$queryRaw<{ type: keyof typeof DB_TO_RULE_TYPE; status: DeclarationStatus; n: number }[]>`
    select d.type::text as type, d.status::text as status, count(*)::int as n
    from "Declaration" d where ${selected(s)}
    group by d.type, d.status order by d.type, d.status`;
  return rows.map((r) => ({ type: DB_TO_RULE_TYPE[r.type], status: r.status, count: r.n }));
}

export async function countsByUnit(db: Db, s: Selection): Promise<UnitCount[]> {
  return db.$queryRaw<UnitCount[]>`
    select d."unitId" as "unitId", u.name as "unitName", count(*)::int as count
    from "Declaration" d left join "Unit" u on u.id = d."unitId"
    where ${selected(s)}
    group by 1, 2 order by 3 desc, 2 nulls last`;
}

export async function countsByMonth(db: Db, s: Selection, period: Period): Promise<MonthCount[]> {
  const rows = await db.$queryRaw<MonthCount[]>`
    select to_char(d."submittedAt" at time zone 'Europe/Amsterdam', 'YYYY-MM') as month, count(*)::int as count
    from "Declaration" d where ${selected(s)}
    group by 1`;
  const byMonth = new Map(rows.map((r) => [r.month, r.count]));
  return monthsOf(period).map((month) => ({ month, count: byMonth.get(month) ?? 0 }));
}

export async function countsByOutcome(db: Db, s: Selection): Promise<OutcomeCount[]> {
  return db.$queryRaw<OutcomeCount[]>`
    select d."ruleOutcome"::text as outcome, count(*)::int as count
    from "Declaration" d where ${selected(s)}
    group by d."ruleOutcome" order by d."ruleOutcome" nulls last`;
}

/** Declarations in the selection decided against the code's verdict (decision 052). */
export async function countAgainstCode(db: Db, s: Selection): Promise<number> {
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
export async function giftTotals(
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
  // Grouped by the giver as typed (spaces collapsed) in SQL, then merged per lib/givers.ts giverKey here, so
  // "architectenbureau  vos" and "Architectenbureau Vos B.V." are one giver; the name shown is the most used spelling.
  const [rows, totals] = await Promise.all([
    db.$queryRaw<{ display: string; year: number; gifts: number; people: string[]; totalCents: bigint }[]>`
      select ${GIVER_DISPLAY} as display, extract(year from ${GIFT_DAY})::int as year, count(*)::int as gifts,
        array_agg(distinct d."personId") as people, coalesce(sum(d."valueCents"), 0)::bigint as "totalCents"
      from "Declaration" d where ${where} group by 1, 2`,
    db.$queryRaw<{ gifts: number; totalCents: bigint }[]>`
      select count(*)::int as gifts, coalesce(sum(d."valueCents"), 0)::bigint as "totalCents"
      from "Declaration" d where ${where}`,
  ]);
  const merged = new Map<
    string,
    { giver: string; best: number; year: number; gifts: number; people: Set<string>; totalCents: number }
  >();
  for (const r of rows) {
    const key = `${giverKey(r.display)}\u0000${r.year}`;
    const m = merged.get(key);
    if (!m) {
      merged.set(key, {
        giver: r.display,
        best: r.gifts,
        year: r.year,
        gifts: r.gifts,
        people: new Set(r.people),
        totalCents: Number(r.totalCents),
      });
      continue;
    }
    if (r.gifts > m.best || (r.gifts === m.best && r.display < m.giver)) [m.giver, m.best] = [r.display, r.gifts];
    m.gifts += r.gifts;
    m.totalCents += Number(r.totalCents);
    for (const p of r.people) m.people.add(p);
  }
  const givers = [...merged.values()]
    .map((m) => ({ giver: m.giver, year: m.year, gifts: m.gifts, people: m.people.size, totalCents: m.totalCents }))
    .sort(
      (a, b) =>
        b.totalCents - a.totalCents ||
        b.gifts - a.gifts ||
        (a.giver < b.giver ? -1 : a.giver > b.giver ? 1 : 0) ||
        a.year - b.year,
    );
  const t = totals[0]!;
  return {
    givers: limit ? givers.slice(0, limit) : givers,
    giverCount: merged.size,
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
export async function overdueDecisions(
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
    daysWaiting: daysWaiting(r.submittedAt!, opts.now),
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

export async function recentInSelection(db: Db, s: Selection): Promise<RecentItem[]> {
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
