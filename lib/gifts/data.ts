import "server-only";
// The gift register (where the organisation keeps one, e.g. the Gemeente: "what was received and what became
// of it"). Internal: integrity officers and HR of the viewer's own organisation only (assertArea here), never
// linked from a public page. A gift is in the register once it was dealt with: registered, approved (with or
// without conditions) or refused. What became of it is the latest decision that set a destination.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { Prisma, type DeclarationStatus, type GiftDestination } from "@/lib/generated/prisma/client";
import { NO_DESTINATION, REGISTER_PAGE_SIZE, type GiftRegisterFilters } from "./schemas";
import { SETTLED } from "@/lib/declarations/lifecycle";
import { statusIn } from "@/lib/declarations/status-sql";
import { giversContaining } from "@/lib/givers";

/** The most rows one CSV download holds (a register grows by some hundreds a year). */
export const EXPORT_LIMIT = 50_000;

export interface GiftRegisterRow {
  id: string;
  /** When the gift was received (or, without a date, declared), YYYY-MM-DD. */
  day: string;
  title: string;
  giver: string | null;
  valueCents: number | null;
  personName: string;
  unitName: string | null;
  status: DeclarationStatus;
  destination: GiftDestination | null;
  handedInAt: string | null;
}

export type GiftRegisterPage =
  | { kept: false }
  | { kept: true; rows: GiftRegisterRow[]; total: number; page: number; pageCount: number; years: number[] };

const GIFT_DAY = Prisma.sql`coalesce(d."occursOn", (d."submittedAt" at time zone 'Europe/Amsterdam')::date)`;

/** The register's filters as SQL; the giver filter is already resolved to the names as typed (see `byGiver`). */
interface RegisterFilters {
  year: number | null;
  /** The givers as typed that match the filter (empty: none match); null: no giver filter. */
  givers: string[] | null;
  destination: GiftRegisterFilters["destination"];
}

const IN_REGISTER = (organisationId: string) => Prisma.sql`d."organisationId" = ${organisationId} and d.type = 'GIFT'
    and ${statusIn("d.status", SETTLED)}`;

function registerWhere(organisationId: string, f: RegisterFilters): Prisma.Sql {
  return Prisma.sql`${IN_REGISTER(organisationId)}
    ${f.year ? Prisma.sql`and extract(year from ${GIFT_DAY})::int = ${f.year}` : Prisma.empty}
    ${f.givers === null ? Prisma.empty : f.givers.length === 0 ? Prisma.sql`and false` : Prisma.sql`and d.counterparty in (${Prisma.join(f.givers)})`}
    ${f.destination === NO_DESTINATION ? Prisma.sql`and dd."giftDestination" is null` : f.destination ? Prisma.sql`and dd."giftDestination"::text = ${f.destination}` : Prisma.empty}`;
}

const LATEST_DESTINATION = Prisma.sql`left join lateral (
      select x."giftDestination", x."handedInAt" from "Decision" x
      where x."declarationId" = d.id and x."giftDestination" is not null
      order by x."createdAt" desc limit 1
    ) dd on true`;

/**
 * The giver filter (a giverKey, lib/givers.ts) resolved in code: the register's distinct givers as typed are read
 * once and matched with the portal's one giver normalisation, so the SQL only compares the names as stored.
 */
async function resolveFilters(organisationId: string, f: Omit<GiftRegisterFilters, "page">): Promise<RegisterFilters> {
  if (!f.giver) return { year: f.year, givers: null, destination: f.destination };
  const db = await getDb();
  const names = await db.$queryRaw<{ giver: string }[]>`
    select distinct d.counterparty as giver from "Declaration" d
    where ${IN_REGISTER(organisationId)} and d.counterparty is not null`;
  const givers = giversContaining(
    f.giver,
    names.map((n) => n.giver),
  );
  return { year: f.year, givers, destination: f.destination };
}

async function countRegister(organisationId: string, f: RegisterFilters): Promise<number> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ n: number }[]>`
    select count(*)::int as n from "Declaration" d ${LATEST_DESTINATION} where ${registerWhere(organisationId, f)}`;
  return rows[0]?.n ?? 0;
}

async function queryRegister(
  organisationId: string,
  f: RegisterFilters,
  limit: number,
  offset: number,
): Promise<GiftRegisterRow[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<
    (Omit<GiftRegisterRow, "day" | "handedInAt"> & { day: Date; handedInAt: Date | null })[]
  >`
    select d.id, ${GIFT_DAY} as day, d.title, d.counterparty as giver, d."valueCents" as "valueCents", p.name as "personName", u.name as "unitName",
      d.status::text as status, dd."giftDestination"::text as destination, dd."handedInAt" as "handedInAt"
    from "Declaration" d
    join "Person" p on p.id = d."personId"
    left join "Unit" u on u.id = d."unitId"
    ${LATEST_DESTINATION}
    where ${registerWhere(organisationId, f)}
    order by 2 desc, d."submittedAt" desc, d.id
    limit ${limit} offset ${offset}`;
  return rows.map((r): GiftRegisterRow => ({
    ...r,
    day: r.day.toISOString().slice(0, 10),
    handedInAt: r.handedInAt?.toISOString() ?? null,
  }));
}

async function keepsRegister(viewer: Viewer): Promise<boolean> {
  const db = await getDb();
  const org = await db.organisation.findUnique({
    where: { id: viewer.organisationId },
    select: { keepsGiftRegister: true },
  });
  return org?.keepsGiftRegister ?? false;
}

/** One page of the register, newest gift first (a page past the end shows the last); `kept: false` without a register. */
export async function getGiftRegister(viewer: Viewer, filters: GiftRegisterFilters): Promise<GiftRegisterPage> {
  assertArea(viewer, "gifts");
  if (!(await keepsRegister(viewer))) return { kept: false };
  const db = await getDb();
  const resolved = await resolveFilters(viewer.organisationId, filters);
  const total = await countRegister(viewer.organisationId, resolved);
  const pageCount = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const [rows, years] = await Promise.all([
    queryRegister(viewer.organisationId, resolved, REGISTER_PAGE_SIZE, (page - 1) * REGISTER_PAGE_SIZE),
    db.$queryRaw<{ year: number }[]>`
      select distinct extract(year from ${GIFT_DAY})::int as year from "Declaration" d
      where ${IN_REGISTER(viewer.organisationId)} order by 1 desc`,
  ]);
  return { kept: true, rows, total, page, pageCount, years: years.map((y) => y.year) };
}

/** Every row matching the filters (no pages), for the CSV download; null when the organisation keeps no register. */
export async function exportGiftRegister(
  viewer: Viewer,
  filters: Omit<GiftRegisterFilters, "page">,
): Promise<GiftRegisterRow[] | null> {
  assertArea(viewer, "gifts");
  if (!(await keepsRegister(viewer))) return null;
  return queryRegister(viewer.organisationId, await resolveFilters(viewer.organisationId, filters), EXPORT_LIMIT, 0);
}
