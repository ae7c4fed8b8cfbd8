// Search across the declarations of the viewer's own organisation (issue 16 item 3, decision 069): Dutch full text
// over the column the declaration_search trigger keeps, filters, one page of results sorted by relevance then date,
// and an audit event for every search (who searched for what, with which filters).
import { recordViewerAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DeclarationStatus, DeclarationType } from "@/lib/generated/prisma/enums";
import { amsterdamNow } from "@/lib/format";
import { effectivePolicy } from "@/lib/policy/effective";
import { meetsPublication } from "@/lib/rules";
import { SEARCH_PAGE_SIZE, type SearchFilters } from "./schemas";
import { WOO_EXPORT_MAX_ROWS, type WooSource } from "./woo";

/** Who may search: integrity officers (decision 069 on why HR may not, yet). */
export function canSearchDeclarations(viewer: Pick<Viewer, "roles">): boolean {
  return viewer.roles.includes("INTEGRITY_OFFICER");
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

type Tx = Prisma.TransactionClient;

/** Authorised here, and audited in the same transaction that reads the results: no search runs unrecorded. */
async function audited<T>(
  viewer: Viewer,
  f: SearchFilters,
  action: "declaration.search" | "declaration.search.export",
  read: (tx: Tx) => Promise<T>,
): Promise<T> {
  if (!canSearchDeclarations(viewer)) throw new AppError("FORBIDDEN", "declaration search");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await recordViewerAudit(tx, viewer, {
      action,
      entityType: "Organisation",
      entityId: viewer.organisationId,
      data: auditFilters(f),
    });
    return read(tx);
  });
}

/** The search as the page runs it: one page of results. */
export async function searchDeclarations(
  viewer: Viewer,
  f: SearchFilters,
  pageSize = SEARCH_PAGE_SIZE,
): Promise<{ hits: SearchHit[]; total: number }> {
  return audited(viewer, f, "declaration.search", (tx) => runSearch(viewer.organisationId, f, pageSize, tx));
}

/**
 * The search's results for a Woo request (lib/search/woo.ts decides what goes out): every hit up to
 * WOO_EXPORT_MAX_ROWS, in the page's order, with the facts the export is built from. Audited as its own action.
 */
export async function exportSearchForWoo(
  viewer: Viewer,
  f: SearchFilters,
  at: Date = new Date(),
): Promise<{ rows: WooSource[]; total: number }> {
  return audited(viewer, f, "declaration.search.export", async (tx) => {
    const { hits, total } = await runSearch(viewer.organisationId, { ...f, page: 1 }, WOO_EXPORT_MAX_ROWS, tx);
    const found = await tx.declaration.findMany({
      where: { id: { in: hits.map((h) => h.id) }, organisationId: viewer.organisationId },
      select: {
        id: true,
        occursOn: true,
        valueCents: true,
        counterparty: true,
        person: { select: { functionTitle: true, salaryScale: true, topManagementGroup: true, topOfficial: true } },
        decisions: { orderBy: { createdAt: "desc" }, take: 1, select: { outcome: true } },
      },
    });
    const byId = new Map(found.map((d) => [d.id, d]));
    const organisation = await tx.organisation.findUniqueOrThrow({
      where: { id: viewer.organisationId },
      select: { profile: true },
    });
    const { profile } = await effectivePolicy(tx, viewer.organisationId, organisation.profile, amsterdamNow(at).today);
    const rows = hits.flatMap((h): WooSource[] => {
      const d = byId.get(h.id);
      if (!d) return [];
      return [
        {
          reference: h.reference,
          type: h.type,
          status: h.status,
          outcome: d.decisions[0]?.outcome ?? null,
          submittedOn: h.submittedAt ? amsterdamNow(h.submittedAt).today : null,
          occursOn: d.occursOn ? d.occursOn.toISOString().slice(0, 10) : null,
          unitName: h.unitName,
          personName: h.personName,
          functionTitle: d.person.functionTitle,
          senior: meetsPublication(profile, d.person),
          counterparty: d.counterparty,
          valueCents: d.valueCents,
        },
      ];
    });
    return { rows, total };
  });
}
