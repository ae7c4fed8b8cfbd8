// Search across the declarations of the viewer's own organisation (issue 16 item 3, decision 069): Dutch full text
// over the column the declaration_search trigger keeps, filters, one page of results sorted by relevance then date,
// and an audit event for every search (who searched for what, with which filters).
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { DecisionOutcome, DeclarationStatus, DeclarationType } from "@/lib/generated/prisma/enums";

export const SEARCH_PAGE_SIZE = 20;
/** The longest query accepted: a search is a few names or words, not a document. */
export const SEARCH_QUERY_MAX = 200;

/** Who may search: integrity officers (decision 069 on why HR, which sees no declaration contents today, may not). */
export function canSearchDeclarations(viewer: Pick<Viewer, "roles">): boolean {
  return viewer.roles.includes("INTEGRITY_OFFICER");
}

const optionalEnum = <T extends Record<string, string>>(values: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.enum(values).optional());
const optionalDate = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "search.errors.date" })
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      {
        error: "search.errors.date",
      },
    )
    .optional(),
);

export const SearchFiltersSchema = z
  .object({
    q: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().replace(/\s+/g, " ") : ""),
      z.string().max(SEARCH_QUERY_MAX, { error: "search.errors.queryTooLong" }),
    ),
    type: optionalEnum(DeclarationType),
    status: optionalEnum(DeclarationStatus),
    outcome: optionalEnum(DecisionOutcome),
    unit: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(64).optional()),
    from: optionalDate,
    to: optionalDate,
    page: z.preprocess(
      (v) => (v === undefined || v === "" ? 1 : Number(v)),
      z.number().int().min(1).max(10_000).catch(1),
    ),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: "search.errors.period", path: ["to"] });

export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

/** Parses the GET form's query string (the first value of a repeated parameter). */
export function parseSearchFilters(
  params: Record<string, string | string[] | undefined>,
): { ok: true; filters: SearchFilters } | { ok: false; errors: Record<string, string> } {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = SearchFiltersSchema.safeParse(first);
  if (parsed.success) return { ok: true, filters: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "q")] ??= issue.message;
  return { ok: false, errors };
}

/** The filters as audit data: what was searched for, without empty values. */
export function auditFilters(f: SearchFilters): Prisma.InputJsonObject {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== "")) as Prisma.InputJsonObject;
}

/** The WHERE clause of a search: always the viewer's organisation, then each filter given (parameters only). */
export function searchWhere(organisationId: string, f: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`d."organisationId" = ${organisationId}`, Prisma.sql`d."status" <> 'DRAFT'`];
  if (f.q) parts.push(Prisma.sql`d."search" @@ websearch_to_tsquery('dutch', ${f.q})`);
  if (f.type) parts.push(Prisma.sql`d."type" = ${f.type}::"DeclarationType"`);
  if (f.status) parts.push(Prisma.sql`d."status" = ${f.status}::"DeclarationStatus"`);
  if (f.unit) parts.push(Prisma.sql`d."unitId" = ${f.unit}`);
  // The period is the filing date in Amsterdam, both ends included.
  if (f.from) parts.push(Prisma.sql`(d."submittedAt" AT TIME ZONE 'Europe/Amsterdam')::date >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`(d."submittedAt" AT TIME ZONE 'Europe/Amsterdam')::date <= ${f.to}::date`);
  if (f.outcome)
    parts.push(
      Prisma.sql`exists (select 1 from "Decision" x where x."declarationId" = d."id" and x."outcome" = ${f.outcome}::"DecisionOutcome")`,
    );
  return Prisma.join(parts, " and ");
}

export interface SearchHit {
  id: string;
  reference: string | null;
  type: DeclarationType;
  status: DeclarationStatus;
  personId: string;
  personName: string;
  unitName: string | null;
  submittedAt: Date | null;
  /** ts_headline's snippet with the matches between the private-use markers below (never HTML). */
  snippet: string;
}

/** Markers ts_headline puts around a match: characters no one types, so the page splits on them and renders text. */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** The snippet in parts: even indices plain text, odd indices a match (rendered in <mark>). */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [i, piece] of snippet.split(new RegExp(`[${MARK_START}${MARK_END}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: i % 2 === 1 });
  }
  return parts;
}

/** The text the snippet is taken from: the same fields the search column covers. */
const DOCUMENT = Prisma.sql`concat_ws(' · ', nullif(d."title", ''), d."counterparty", d."answers"->>'description',
  d."answers"->>'explanation', d."answers"->>'details', d."answers"->>'subject', d."answers"->>'matter',
  d."answers"->>'purpose')`;

export async function runSearch(
  organisationId: string,
  f: SearchFilters,
  pageSize = SEARCH_PAGE_SIZE,
  db?: Prisma.TransactionClient,
): Promise<{ hits: SearchHit[]; total: number }> {
  const client = db ?? (await getDb());
  const where = searchWhere(organisationId, f);
  const query = f.q ? Prisma.sql`websearch_to_tsquery('dutch', ${f.q})` : Prisma.sql`null::tsquery`;
  const counted = await client.$queryRaw<
    { total: bigint }[]
  >`select count(*) as total from "Declaration" d where ${where}`;
  const hits = await client.$queryRaw<SearchHit[]>`
    select d."id", d."reference", d."type", d."status", d."personId", p."name" as "personName",
      u."name" as "unitName", d."submittedAt",
      case when ${f.q} = '' then left(${DOCUMENT}, 200)
        else ts_headline('dutch', ${DOCUMENT}, ${query},
          ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=10, MaxFragments=2`}) end as "snippet"
    from "Declaration" d
    join "Person" p on p."id" = d."personId"
    left join "Unit" u on u."id" = d."unitId"
    where ${where}
    order by case when ${f.q} = '' then 0 else ts_rank(d."search", ${query}) end desc,
      d."submittedAt" desc nulls last, d."id"
    limit ${pageSize} offset ${(f.page - 1) * pageSize}`;
  return { hits, total: Number(counted[0]?.total ?? 0) };
}

/**
 * The search as the page runs it: authorised here, and audited in the same transaction that reads the results,
 * so no search is shown that was not recorded.
 */
export async function searchDeclarations(
  viewer: Viewer,
  f: SearchFilters,
  purpose: "search" | "export" = "search",
  pageSize = SEARCH_PAGE_SIZE,
): Promise<{ hits: SearchHit[]; total: number }> {
  if (!canSearchDeclarations(viewer)) throw new AppError("FORBIDDEN", "declaration search");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: purpose === "export" ? "declaration.search.export" : "declaration.search",
      entityType: "Organisation",
      entityId: viewer.organisationId,
      data: auditFilters(f),
    });
    return runSearch(viewer.organisationId, f, pageSize, tx);
  });
}
