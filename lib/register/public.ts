// The public register: reads without sign-in, so only public data of PUBLISHED (or formerly published)
// entries, selected through PUBLIC_SELECT. The page and every download use the same query (registerWhere).
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { amsterdamNow } from "@/lib/format";
import { effectivePolicy } from "@/lib/policy/effective";
import { PUBLIC_SELECT, type PublicRegisterRow } from "./columns";
import { PUBLIC } from "./lifecycle";

export const PAGE_SIZE = 50;
export const MAX_QUERY_LENGTH = 100;

export interface RegisterFilters {
  /** Free text: name, function, side job or organisation. */
  q: string;
  paid: "yes" | "no" | null;
  /** The register as it stood at the end of this day (YYYY-MM-DD, Europe/Amsterdam); null = now. */
  asOf: string | null;
  /**
   * Why the `peildatum` asked for cannot be answered (decision 042): not a date, before the first possible day, or
   * after today. The page says so instead of showing the current register; the download answers 400.
   */
  asOfError: "invalid" | "tooEarly" | "future" | null;
}

/** The first day the register can be asked about. */
export const FIRST_AS_OF = "2000-01-01";

/**
 * Why a peildatum cannot be answered, in both languages: for the download and the open-data API, which have no page
 * to show it on (the page has its own message keys).
 */
export const AS_OF_ERRORS: Record<NonNullable<RegisterFilters["asOfError"]>, string> = {
  invalid:
    "Ongeldige peildatum: gebruik een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-05-01. / Invalid peildatum: use a real date as YYYY-MM-DD, e.g. 2026-05-01.",
  tooEarly: `Peildatum te vroeg: het register gaat niet verder terug dan ${FIRST_AS_OF}. / Peildatum too early: the register does not go back before ${FIRST_AS_OF}.`,
  future:
    "Peildatum ligt in de toekomst: kies vandaag of een eerdere dag. / Peildatum is in the future: choose today or an earlier day.",
};

export interface PublicOrganisation {
  id: string;
  slug: string;
  name: string;
  profile: string;
  /** The TOOI identifier (lib/register/tooi.ts), when the organisation has one: the DCAT description's publisher. */
  tooiUri: string | null;
  /** Does the organisation's (tightened) code publish side jobs at all? */
  publishes: boolean;
  /** Whose side jobs: the code's criterion, plus a scale an organisation added by tightening. */
  criterion: "none" | "top-management-group" | "top-official" | "salary-scale";
  minScale: number | null;
  /** The code publishes the conditions with the side job (the profile's `sideJob.publishConditions`: Rijk, 000 L784-787). */
  showConditions: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads filters from the query string. Odd text and paid filters are ignored; a peildatum that cannot be answered is an error. */
export function parseRegisterFilters(
  params: Record<string, string | string[] | undefined>,
  today: string,
): RegisterFilters {
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : "");
  const q = one("q")
    .replace(/[\u0000-\u001f]/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
  const paid = one("bezoldigd") === "ja" ? "yes" : one("bezoldigd") === "nee" ? "no" : null;
  const date = one("peildatum").trim();
  if (date === "") return { q, paid, asOf: null, asOfError: null };
  // A real calendar date (2026-02-30 is not); today is the current register.
  const real = DATE.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!real) return { q, paid, asOf: null, asOfError: "invalid" };
  if (date < FIRST_AS_OF) return { q, paid, asOf: null, asOfError: "tooEarly" };
  if (date > today) return { q, paid, asOf: null, asOfError: "future" };
  return { q, paid, asOf: date < today ? date : null, asOfError: null };
}

export async function getPublicOrganisation(slug: string): Promise<PublicOrganisation | null> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  const db = await getDb();
  const org = await db.organisation.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, profile: true, tooiUri: true },
  });
  if (!org) return null;
  const { profile } = await effectivePolicy(db, org.id, org.profile, amsterdamNow().today);
  const publication = profile.sideJob.publication;
  const extra = profile.sideJob.extraPublicationMinScale;
  const publishes = publication.kind !== "none" || extra !== null;
  const minScale = publication.kind === "salary-scale" ? Math.min(publication.minScale, extra ?? Infinity) : extra;
  return {
    ...org,
    publishes,
    criterion: publication.kind,
    minScale,
    showConditions: profile.sideJob.publishConditions,
  };
}

export async function listPublicOrganisations(): Promise<{ slug: string; name: string }[]> {
  const db = await getDb();
  return db.organisation.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
}

/** End of a calendar day in Europe/Amsterdam as an instant (the next day's midnight, exclusive). */
export function endOfAmsterdamDay(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const utcMidnightNext = Date.UTC(y, m - 1, d + 1);
  // Amsterdam is UTC+1 or UTC+2: find the offset at that moment.
  const offsetHours =
    Number(
      new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", hourCycle: "h23" }).format(
        new Date(utcMidnightNext),
      ),
    ) || 0;
  return new Date(utcMidnightNext - offsetHours * 3_600_000);
}

/** The one WHERE of the current register (or as it stood on `asOf`), shared by page and downloads. */
export function registerWhere(organisationId: string, filters: RegisterFilters): Prisma.RegisterEntryWhereInput {
  const text: Prisma.RegisterEntryWhereInput[] = filters.q
    ? [
        {
          OR: (["personName", "functionTitle", "sideJob", "sideJobOrganisation"] as const).map((f) => ({
            [f]: { contains: filters.q, mode: "insensitive" as const },
          })),
        },
      ]
    : [];
  const paid: Prisma.RegisterEntryWhereInput[] = filters.paid ? [{ paid: filters.paid === "yes" }] : [];
  if (!filters.asOf) return { AND: [{ organisationId, status: "PUBLISHED" }, ...text, ...paid] };
  const end = endOfAmsterdamDay(filters.asOf);
  return {
    AND: [
      { organisationId, publishedAt: { lt: end }, status: { in: [...PUBLIC] } },
      { OR: [{ endedAt: null }, { endedAt: { gte: end } }] },
      ...text,
      ...paid,
    ],
  };
}

/** Everything ever published (the history download), with the same text and paid filters. */
export function historyWhere(organisationId: string, filters: RegisterFilters): Prisma.RegisterEntryWhereInput {
  const current = registerWhere(organisationId, { ...filters, asOf: null }).AND as Prisma.RegisterEntryWhereInput[];
  return { AND: [{ organisationId, publishedAt: { not: null }, status: { in: [...PUBLIC] } }, ...current.slice(1)] };
}

/**
 * A row as it stood at the end of `asOf`: an end or a correction after that day had not happened yet, so the row
 * shows neither (the text itself is the current one: an old text is never kept, decision 042).
 */
export function rowAsOf<R extends Pick<PublicRegisterRow, "endedAt" | "endReason" | "correctedAt">>(
  row: R,
  asOf: string | null,
): R {
  if (!asOf) return row;
  const end = endOfAmsterdamDay(asOf);
  const ended = row.endedAt && row.endedAt < end;
  const corrected = row.correctedAt && row.correctedAt < end;
  return {
    ...row,
    endedAt: ended ? row.endedAt : null,
    endReason: ended ? row.endReason : null,
    correctedAt: corrected ? row.correctedAt : null,
  };
}

export const REGISTER_ORDER: Prisma.RegisterEntryOrderByWithRelationInput[] = [
  { personName: "asc" },
  { sideJobOrganisation: "asc" },
  { id: "asc" },
];
export const HISTORY_ORDER: Prisma.RegisterEntryOrderByWithRelationInput[] = [{ publishedAt: "desc" }, { id: "asc" }];

export async function listRegister(
  organisationId: string,
  filters: RegisterFilters,
  page: number,
): Promise<{ rows: PublicRegisterRow[]; total: number; lastChange: Date | null }> {
  const db = await getDb();
  const where = registerWhere(organisationId, filters);
  const [rows, total, last] = await Promise.all([
    db.registerEntry.findMany({
      where,
      orderBy: REGISTER_ORDER,
      select: PUBLIC_SELECT,
      take: PAGE_SIZE,
      skip: (page - 1) * PAGE_SIZE,
    }),
    db.registerEntry.count({ where }),
    lastChange(organisationId),
  ]);
  return { rows: rows.map((r) => rowAsOf(r, filters.asOf)), total, lastChange: last };
}

export interface HistoryEvent {
  at: Date;
  /** "corrected": the published wording was corrected on that day (the old wording is not kept, decision 042). */
  kind: "added" | "ended" | "corrected";
  row: PublicRegisterRow;
}

/**
 * The history as events (added / corrected / ended), newest first: an ended entry gives two events, a corrected one
 * one more. An entry removed from the history (ERASED) gives none: its status is in neither list.
 */
export async function listHistory(
  organisationId: string,
  page: number,
): Promise<{ events: HistoryEvent[]; total: number }> {
  const db = await getDb();
  const offset = (Math.max(1, page) - 1) * PAGE_SIZE;
  // Published once and still public (lib/register/lifecycle.ts): an erased entry is in no public list.
  const publicStatus = Prisma.sql`status::text in (${Prisma.join([...PUBLIC])})`;
  const [slice, counted] = await Promise.all([
    db.$queryRaw<{ id: string; at: Date; kind: HistoryEvent["kind"] }[]>`
      select id, at, kind from (
        select id, "publishedAt" as at, 'added' as kind from "RegisterEntry"
          where "organisationId" = ${organisationId} and "publishedAt" is not null and ${publicStatus}
        union all
        select id, "correctedAt" as at, 'corrected' as kind from "RegisterEntry"
          where "organisationId" = ${organisationId} and "publishedAt" is not null and ${publicStatus} and "correctedAt" is not null
        union all
        select id, "endedAt" as at, 'ended' as kind from "RegisterEntry"
          where "organisationId" = ${organisationId} and "publishedAt" is not null and status = 'ENDED' and "endedAt" is not null
      ) events order by at desc, kind desc, id limit ${PAGE_SIZE} offset ${offset}`,
    db.$queryRaw<{ n: number }[]>`
      select (count(*) + count("correctedAt") + count("endedAt") filter (where status = 'ENDED'))::int as n from "RegisterEntry"
      where "organisationId" = ${organisationId} and "publishedAt" is not null and ${publicStatus}`,
  ]);
  const rows = await db.registerEntry.findMany({
    where: { organisationId, id: { in: slice.map((e) => e.id) } },
    select: PUBLIC_SELECT,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const events = slice.flatMap((e) =>
    byId.has(e.id) ? [{ at: new Date(e.at), kind: e.kind, row: byId.get(e.id)! }] : [],
  );
  return { events, total: counted[0]?.n ?? 0 };
}

/**
 * The first publication that is still public (the start of the register's temporal coverage in its DCAT description),
 * or null while nothing has been published. An erased entry does not count: it is in no public list.
 */
export async function firstPublication(organisationId: string): Promise<Date | null> {
  const db = await getDb();
  const first = await db.registerEntry.findFirst({
    where: { organisationId, publishedAt: { not: null }, status: { in: [...PUBLIC] } },
    orderBy: { publishedAt: "asc" },
    select: { publishedAt: true },
  });
  return first?.publishedAt ?? null;
}

/** When the register last changed (published, corrected, ended or removed): the "as of" date shown to visitors. */
export async function lastChange(organisationId: string): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ at: Date | null }[]>`
    select max(greatest("publishedAt", coalesce("endedAt", "publishedAt"), coalesce("correctedAt", "publishedAt"), coalesce("erasedAt", "publishedAt"))) as at
    from "RegisterEntry"
    where "organisationId" = ${organisationId} and "publishedAt" is not null`;
  return row?.at ?? null;
}
