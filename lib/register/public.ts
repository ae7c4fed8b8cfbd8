// The public register: reads without sign-in, so only public data of PUBLISHED (or formerly published)
// entries, selected through PUBLIC_SELECT. The page and every download use the same query (registerWhere).
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { amsterdamNow } from "@/lib/format";
import { effectivePolicy } from "@/lib/policy/effective";
import { PUBLIC_SELECT, type PublicRegisterRow } from "./columns";

export const PAGE_SIZE = 50;
export const MAX_QUERY_LENGTH = 100;

export interface RegisterFilters {
  /** Free text: name, function, side job or organisation. */
  q: string;
  paid: "yes" | "no" | null;
  /** The register as it stood at the end of this day (YYYY-MM-DD, Europe/Amsterdam); null = now. */
  asOf: string | null;
}

export interface PublicOrganisation {
  id: string;
  slug: string;
  name: string;
  profile: string;
  /** Does the organisation's (tightened) code publish side jobs at all? */
  publishes: boolean;
  /** Whose side jobs: the code's criterion, plus a scale an organisation added by tightening. */
  criterion: "none" | "top-management-group" | "top-official" | "salary-scale";
  minScale: number | null;
  /** The code publishes the conditions with the side job (the profile's `sideJob.publishConditions`: Rijk, 000 L784-787). */
  showConditions: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads filters from the query string; anything odd is ignored rather than an error (this is a public page). */
export function parseRegisterFilters(params: Record<string, string | string[] | undefined>, today: string): RegisterFilters {
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : "");
  const q = one("q").replace(/[\u0000-\u001f]/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
  const paid = one("bezoldigd") === "ja" ? "yes" : one("bezoldigd") === "nee" ? "no" : null;
  const date = one("peildatum");
  // A real calendar date (2026-02-30 is not), not before 2000 and before today (today is the current register).
  const valid = DATE.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) && date >= "2000-01-01" && date < today;
  return { q, paid, asOf: valid ? date : null };
}

export async function getPublicOrganisation(slug: string): Promise<PublicOrganisation | null> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  const db = await getDb();
  const org = await db.organisation.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, profile: true } });
  if (!org) return null;
  const { profile } = await effectivePolicy(db, org.id, org.profile, amsterdamNow().today);
  const publication = profile.sideJob.publication;
  const extra = profile.sideJob.extraPublicationMinScale;
  const publishes = publication.kind !== "none" || extra !== null;
  const minScale = publication.kind === "salary-scale" ? Math.min(publication.minScale, extra ?? Infinity) : extra;
  return { ...org, publishes, criterion: publication.kind, minScale, showConditions: profile.sideJob.publishConditions };
}

export async function listPublicOrganisations(): Promise<{ slug: string; name: string }[]> {
  const db = await getDb();
  return db.organisation.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
}

/** End of a calendar day in Europe/Amsterdam as an instant (the next day's midnight, exclusive). */
function endOfAmsterdamDay(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const utcMidnightNext = Date.UTC(y, m - 1, d + 1);
  // Amsterdam is UTC+1 or UTC+2: find the offset at that moment.
  const offsetHours = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", hourCycle: "h23" }).format(new Date(utcMidnightNext))) || 0;
  return new Date(utcMidnightNext - offsetHours * 3_600_000);
}

/** The one WHERE of the current register (or as it stood on `asOf`), shared by page and downloads. */
export function registerWhere(organisationId: string, filters: RegisterFilters): Prisma.RegisterEntryWhereInput {
  const text: Prisma.RegisterEntryWhereInput[] = filters.q
    ? [{ OR: (["personName", "functionTitle", "sideJob", "sideJobOrganisation"] as const).map((f) => ({ [f]: { contains: filters.q, mode: "insensitive" as const } })) }]
    : [];
  const paid: Prisma.RegisterEntryWhereInput[] = filters.paid ? [{ paid: filters.paid === "yes" }] : [];
  if (!filters.asOf) return { AND: [{ organisationId, status: "PUBLISHED" }, ...text, ...paid] };
  const end = endOfAmsterdamDay(filters.asOf);
  return {
    AND: [
      { organisationId, publishedAt: { lt: end }, status: { in: ["PUBLISHED", "ENDED"] } },
      { OR: [{ endedAt: null }, { endedAt: { gte: end } }] },
      ...text,
      ...paid,
    ],
  };
}

/** Everything ever published (the history download), with the same text and paid filters. */
export function historyWhere(organisationId: string, filters: RegisterFilters): Prisma.RegisterEntryWhereInput {
  const current = registerWhere(organisationId, { ...filters, asOf: null }).AND as Prisma.RegisterEntryWhereInput[];
  return { AND: [{ organisationId, publishedAt: { not: null }, status: { in: ["PUBLISHED", "ENDED"] } }, ...current.slice(1)] };
}

export const REGISTER_ORDER: Prisma.RegisterEntryOrderByWithRelationInput[] = [{ personName: "asc" }, { sideJobOrganisation: "asc" }, { id: "asc" }];
export const HISTORY_ORDER: Prisma.RegisterEntryOrderByWithRelationInput[] = [{ publishedAt: "desc" }, { id: "asc" }];

export async function listRegister(organisationId: string, filters: RegisterFilters, page: number): Promise<{ rows: PublicRegisterRow[]; total: number; lastChange: Date | null }> {
  const db = await getDb();
  const where = registerWhere(organisationId, filters);
  const [rows, total, last] = await Promise.all([
    db.registerEntry.findMany({ where, orderBy: REGISTER_ORDER, select: PUBLIC_SELECT, take: PAGE_SIZE, skip: (page - 1) * PAGE_SIZE }),
    db.registerEntry.count({ where }),
    lastChange(organisationId),
  ]);
  return { rows, total, lastChange: last };
}

export interface HistoryEvent {
  at: Date;
  kind: "added" | "ended";
  row: PublicRegisterRow;
}

/** The history as events (added / ended), newest first: an ended entry gives two events. */
export async function listHistory(organisationId: string, page: number): Promise<{ events: HistoryEvent[]; total: number }> {
  const db = await getDb();
  const offset = (Math.max(1, page) - 1) * PAGE_SIZE;
  const [slice, counted] = await Promise.all([
    db.$queryRaw<{ id: string; at: Date; kind: "added" | "ended" }[]>`
      select id, at, kind from (
        select id, "publishedAt" as at, 'added' as kind from "RegisterEntry"
          where "organisationId" = ${organisationId} and "publishedAt" is not null and status in ('PUBLISHED', 'ENDED')
        union all
        select id, "endedAt" as at, 'ended' as kind from "RegisterEntry"
          where "organisationId" = ${organisationId} and "publishedAt" is not null and status = 'ENDED' and "endedAt" is not null
      ) events order by at desc, kind desc, id limit ${PAGE_SIZE} offset ${offset}`,
    db.$queryRaw<{ n: number }[]>`
      select (count(*) + count("endedAt"))::int as n from "RegisterEntry"
      where "organisationId" = ${organisationId} and "publishedAt" is not null and status in ('PUBLISHED', 'ENDED')`,
  ]);
  const rows = await db.registerEntry.findMany({ where: { organisationId, id: { in: slice.map((e) => e.id) } }, select: PUBLIC_SELECT });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const events = slice.flatMap((e) => (byId.has(e.id) ? [{ at: new Date(e.at), kind: e.kind, row: byId.get(e.id)! }] : []));
  return { events, total: counted[0]?.n ?? 0 };
}

/** When the register last changed (published or ended): the "as of" date shown to visitors. */
export async function lastChange(organisationId: string): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ at: Date | null }[]>`
    select max(greatest("publishedAt", coalesce("endedAt", "publishedAt"))) as at from "RegisterEntry"
    where "organisationId" = ${organisationId} and "publishedAt" is not null`;
  return row?.at ?? null;
}
