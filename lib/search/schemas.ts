// The search form's filters (decision 069), from the URL of a GET form: untrusted text, checked here. The parameter
// names are Dutch like the other filter forms (zoek, soort, status, uitkomst, afdeling, van, tot, pagina); messages are
// keys into "search.errors", so both languages get a specific text. Shared by the page and the Woo export.
import { z } from "zod";
import { DecisionOutcome, DeclarationStatus, type DeclarationType } from "@/lib/generated/prisma/enums";
import { DB_TO_RULE_TYPE, RULE_TO_DB_TYPE } from "@/lib/declarations/types";
import { firstErrors, isRealDate, optional, param, type Parsed, type SearchParams } from "@/lib/overview/schemas";

export const SEARCH_PAGE_SIZE = 20;
/** The longest query accepted: a search is a few names or words, not a document. */
export const SEARCH_QUERY_MAX = 200;
/** The last page a link can ask for: 10,000 pages of 20 is more than any organisation files. */
export const SEARCH_MAX_PAGE = 10_000;

/** The statuses a search can filter on: every one but the draft, which nobody but its author sees. */
export const SEARCH_STATUSES = Object.values(DeclarationStatus).filter((s) => s !== "DRAFT");
export const SEARCH_OUTCOMES = Object.values(DecisionOutcome);

/** The URL parameters of the form, in the order of the form. */
export const SEARCH_PARAMS = ["zoek", "soort", "status", "uitkomst", "afdeling", "van", "tot"] as const;

/** A type of the rules ("gift"); own keys only, so "constructor" or "__proto__" is no type. */
const isTypeParam = (s: string): s is keyof typeof RULE_TO_DB_TYPE => Object.hasOwn(RULE_TO_DB_TYPE, s);

export interface SearchFilters {
  /** Words as typed, runs of whitespace made one space; "" lists everything the other filters let through. */
  q: string;
  type?: DeclarationType;
  status?: DeclarationStatus;
  /** A decision with this outcome was taken on the declaration (at any time). */
  outcome?: DecisionOutcome;
  unit?: string;
  /** The filing date in Amsterdam, YYYY-MM-DD, both ends included. */
  from?: string;
  to?: string;
  page: number;
}

const SearchParamsSchema = z
  .object({
    zoek: z.string().max(SEARCH_QUERY_MAX, { error: "queryTooLong" }),
    soort: optional(isTypeParam, "typeUnknown"),
    status: optional((s) => (SEARCH_STATUSES as string[]).includes(s), "statusUnknown"),
    uitkomst: optional((s) => (SEARCH_OUTCOMES as string[]).includes(s), "outcomeUnknown"),
    afdeling: z.string().max(64, { error: "unitUnknown" }),
    van: optional(isRealDate, "dateInvalid"),
    tot: optional(isRealDate, "dateInvalid"),
    pagina: optional((s) => /^\d{1,5}$/.test(s) && Number(s) >= 1 && Number(s) <= SEARCH_MAX_PAGE, "pageInvalid"),
  })
  .superRefine((v, ctx) => {
    if (v.van && v.tot && v.tot < v.van)
      ctx.addIssue({ code: "custom", path: ["tot"], message: "periodEndBeforeStart" });
  });

/** Was the form sent (any of its parameters in the URL)? Before that the page shows the form and runs no search. */
export function searchRequested(sp: SearchParams): boolean {
  return [...SEARCH_PARAMS, "pagina"].some((name) => sp[name] !== undefined);
}

/** The URL's filters (the first value of a repeated parameter), or the message key per field. */
export function parseSearchFilters(sp: SearchParams): Parsed<SearchFilters> {
  const raw = Object.fromEntries([...SEARCH_PARAMS, "pagina"].map((name) => [name, param(sp, name)]));
  const r = SearchParamsSchema.safeParse(raw);
  if (!r.success) return { ok: false, fieldErrors: firstErrors(r.error) };
  const v = r.data;
  return {
    ok: true,
    value: {
      // Control characters (NUL included, which PostgreSQL refuses) are spaces: a search is words.
      q: v.zoek
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
      type: isTypeParam(v.soort) ? RULE_TO_DB_TYPE[v.soort] : undefined,
      status: (v.status || undefined) as DeclarationStatus | undefined,
      outcome: (v.uitkomst || undefined) as DecisionOutcome | undefined,
      unit: v.afdeling || undefined,
      from: v.van || undefined,
      to: v.tot || undefined,
      page: v.pagina ? Number(v.pagina) : 1,
    },
  };
}

/** The filters back as URL parameters (for pagination links and the export link): only those given. */
export function searchQueryString(f: SearchFilters, page = 1): string {
  const q = new URLSearchParams();
  q.set("zoek", f.q);
  if (f.type) q.set("soort", DB_TO_RULE_TYPE[f.type]);
  if (f.status) q.set("status", f.status);
  if (f.outcome) q.set("uitkomst", f.outcome);
  if (f.unit) q.set("afdeling", f.unit);
  if (f.from) q.set("van", f.from);
  if (f.to) q.set("tot", f.to);
  if (page > 1) q.set("pagina", String(page));
  return q.toString();
}
