// The public register as a versioned JSON API (/api/register/v1, decision 071): the Zod schemas of its query parameters
// and answers, and the answers themselves. The rows come from the register's own data functions (listRegister,
// listHistory: the page's queries, PUBLIC_SELECT) and are mapped through REGISTER_COLUMNS like every download, so the
// API can show nothing the page and the downloads do not. Every answer is parsed with its schema before it leaves, and
// the OpenAPI document (lib/register/openapi.ts) is generated from the same schemas: what is described is what is sent.
import { z } from "zod";
import "zod-openapi";
import { portalAddress } from "@/lib/config";
import { cacheableJson, problemResponse } from "@/lib/http/open-data";
import { LICENCE, REGISTER_COLUMNS, registerSourceUrl, type PublicRegisterRow } from "./columns";
import {
  MAX_QUERY_LENGTH,
  getPublicOrganisation,
  PAGE_SIZE,
  lastChange,
  listHistory,
  listRegister,
  type HistoryEvent,
  type PublicOrganisation,
  type RegisterFilters,
} from "./public";

/** The version in the path: a change that breaks a re-user's program gets a new one (v2), never an edit of v1. */
export const API_VERSION = "v1";
export const API_BASE = `/api/register/${API_VERSION}`;
export const OPENAPI_PATH = `${API_BASE}/openapi.json`;
/** The highest page number accepted (the page's own limit, components/ui/pagination.tsx). */
export const MAX_PAGE = 10_000;

const column = (key: string) => {
  const c = REGISTER_COLUMNS.find((col) => col.key === key);
  if (!c) throw new Error(`No register column ${key}`);
  return `${c.description.en} (${c.description.nl}).`;
};
const isoDate = z.iso.date();
const dateColumn = (key: string, example: string) => isoDate.nullable().meta({ description: column(key), example });

/** One entry of the register: exactly the public columns of the downloads (docs/public-register.md). */
export const RegisterEntrySchema = z
  .strictObject({
    registratienummer: z
      .string()
      .nullable()
      .meta({ description: column("registratienummer"), example: "REG-2026-00007" }),
    naam: z.string().meta({ description: column("naam"), example: "Sanne Visser" }),
    functie: z.string().meta({ description: column("functie"), example: "Directeur-generaal" }),
    nevenwerkzaamheid: z
      .string()
      .meta({ description: column("nevenwerkzaamheid"), example: "Lid van een raad van toezicht" }),
    organisatie: z.string().meta({ description: column("organisatie"), example: "Stichting Voorbeeld" }),
    bezoldigd: z.boolean().meta({ description: column("bezoldigd") }),
    voorwaarden: z
      .string()
      .nullable()
      .meta({ description: column("voorwaarden") }),
    sinds: dateColumn("sinds", "2025-01-01"),
    gepubliceerd_op: dateColumn("gepubliceerd_op", "2026-03-02"),
    beeindigd_op: dateColumn("beeindigd_op", "2026-11-30"),
    gecorrigeerd_op: dateColumn("gecorrigeerd_op", "2026-04-15"),
    reden_beeindiging: z
      .string()
      .nullable()
      .meta({ description: column("reden_beeindiging"), example: "Nevenwerkzaamheid beëindigd of gewijzigd" }),
  })
  .meta({ id: "Registratie", description: "A published side job (een gepubliceerde nevenwerkzaamheid)." });
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

const OrganisationSchema = z
  .strictObject({
    slug: z.string().meta({ description: "The organisation's name in addresses.", example: "ministerie-bzk" }),
    naam: z.string().meta({ example: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" }),
  })
  .meta({ id: "Organisatie" });

const LicenceSchema = z
  .strictObject({ naam: z.string(), url: z.url() })
  .meta({ id: "Licentie", description: "The licence of the data: CC0 1.0 (public domain)." });

const PageSchema = z
  .strictObject({
    nummer: z.int().min(1).meta({ description: "This page (pagina)." }),
    grootte: z.int().min(1).meta({ description: "Rows per page.", example: PAGE_SIZE }),
    totaal: z.int().min(0).meta({ description: "Rows (or history events) on all pages together." }),
    paginas: z.int().min(1).meta({ description: "Number of pages (at least 1, also when empty)." }),
  })
  .meta({ id: "Pagina" });

const LinksSchema = z
  .strictObject({
    self: z.url(),
    vorige: z.url().nullable().meta({ description: "The previous page, null on the first." }),
    volgende: z.url().nullable().meta({ description: "The next page, null on the last." }),
    register: z.url().meta({ description: "The register's public page (the landing page)." }),
    openapi: z.url().meta({ description: "This API's OpenAPI 3.1 description." }),
    dcat: z.url().meta({ description: "The DCAT (DCAT-AP-DONL) description of the dataset." }),
  })
  .meta({ id: "Links" });

const standVan = z.iso
  .datetime()
  .nullable()
  .meta({ description: "When the register last changed (UTC); null while nothing was ever published." });

export const RegisterResponseSchema = z
  .strictObject({
    organisatie: OrganisationSchema,
    lijst: z.literal("huidig"),
    peildatum: isoDate
      .nullable()
      .meta({ description: "The day asked for (?peildatum=), or null for the current register." }),
    stand_van: standVan,
    licentie: LicenceSchema,
    bron: z.url().meta({ description: "The register's public address." }),
    pagina: PageSchema,
    links: LinksSchema,
    rijen: z.array(RegisterEntrySchema),
  })
  .meta({ id: "Register", description: "The register as it stands now, or as it stood at the end of a day." });
export type RegisterResponse = z.infer<typeof RegisterResponseSchema>;

const EVENT_NAMES = { added: "toegevoegd", corrected: "gecorrigeerd", ended: "beeindigd" } as const;

export const HistoryEventSchema = z
  .strictObject({
    datum: z.iso.datetime().meta({ description: "When it happened (UTC)." }),
    gebeurtenis: z.enum(["toegevoegd", "gecorrigeerd", "beeindigd"]).meta({
      description:
        "Added to the register, its wording corrected (the old wording is not kept), or taken off the register.",
    }),
    registratie: RegisterEntrySchema,
  })
  .meta({ id: "Gebeurtenis" });

export const HistoryResponseSchema = z
  .strictObject({
    organisatie: OrganisationSchema,
    lijst: z.literal("geschiedenis"),
    stand_van: standVan,
    licentie: LicenceSchema,
    bron: z.url(),
    pagina: PageSchema,
    links: LinksSchema,
    gebeurtenissen: z.array(HistoryEventSchema),
  })
  .meta({
    id: "Geschiedenis",
    description: "What was added to, corrected on or taken off the register, newest first.",
  });
export type HistoryResponse = z.infer<typeof HistoryResponseSchema>;

export const ProblemSchema = z
  .strictObject({
    type: z.string().meta({ example: "about:blank" }),
    title: z.string().meta({ example: "Niet gevonden / Not found" }),
    status: z.int().meta({ example: 404 }),
    detail: z.string(),
  })
  .meta({ id: "Probleem", description: "An error as RFC 9457 problem details, in Dutch and English." });

// ---- query parameters ------------------------------------------------------------------------------------------

export const OrganisationParamsSchema = z.object({
  organisatie: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .meta({ description: "The organisation's slug, as in /register/<organisatie>.", example: "ministerie-bzk" }),
});

const pagina = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE)
  .optional()
  .meta({ description: `Page number, 1 to ${MAX_PAGE} (default 1).`, example: 1 });

/**
 * The register's query: its shape here (the parameters a re-user may send); whether a peildatum can be answered (a
 * real day, not before 2000-01-01, not after today) is decided by parseRegisterFilters, as for the page and downloads.
 */
export const RegisterQuerySchema = z.object({
  peildatum: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .meta({
      description:
        "The register as it stood at the end of this day (Europe/Amsterdam), from 2000-01-01 up to today; today or absent: the current register.",
      example: "2026-05-01",
    }),
  q: z
    .string()
    .max(MAX_QUERY_LENGTH)
    .optional()
    .meta({ description: "Text in name, function, side job or organisation (case-insensitive)." }),
  bezoldigd: z.enum(["ja", "nee"]).optional().meta({ description: "Only paid (ja) or unpaid (nee) side jobs." }),
  pagina,
});

export const HistoryQuerySchema = z.object({ pagina });

/** The 404 of an organisation that does not exist (the name asked for is not echoed). */
export const ORGANISATION_NOT_FOUND = {
  title: "Niet gevonden / Not found",
  detail: "Geen organisatie met deze naam. / No organisation by this name.",
} as const;

/** The Link header of every answer: the licence and the DCAT description (like the downloads' Link, decision 042). */
export function apiLinkHeader(dcatUrl: string): Record<string, string> {
  return { link: `<${LICENCE.url}>; rel="license", <${dcatUrl}>; rel="describedby"` };
}

/** The first message of a failed query parse, for the 400's detail. */
export function queryProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.join(".") || "query";
  return `Ongeldige parameter ${where} / Invalid parameter ${where}: ${issue?.message ?? ""}`.trim();
}

// ---- answers ---------------------------------------------------------------------------------------------------

/** An entry as the downloads have it: REGISTER_COLUMNS' keys and values. */
export function toEntry(row: PublicRegisterRow): RegisterEntry {
  return Object.fromEntries(REGISTER_COLUMNS.map((c) => [c.key, c.value(row)])) as RegisterEntry;
}

export interface ApiContext {
  org: PublicOrganisation;
  /** The portal's public address (NEXTAUTH_URL) or the request's origin, without a trailing slash. */
  origin: string;
}

/** The addresses of this organisation's register that every answer links to. */
export function registerLinks(origin: string, slug: string) {
  return {
    register: registerSourceUrl(origin, slug),
    api: `${origin}${API_BASE}/${slug}`,
    history: `${origin}${API_BASE}/${slug}/geschiedenis`,
    openapi: `${origin}${OPENAPI_PATH}`,
    dcat: `${registerSourceUrl(origin, slug)}/dcat`,
  };
}

function paging(self: URL, page: number, total: number) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const at = (p: number) => {
    const u = new URL(self);
    if (p === 1) u.searchParams.delete("pagina");
    else u.searchParams.set("pagina", String(p));
    return u.toString();
  };
  return {
    pagina: { nummer: page, grootte: PAGE_SIZE, totaal: total, paginas: pages },
    links: {
      self: at(page),
      vorige: page > 1 ? at(Math.min(page - 1, pages)) : null,
      volgende: page < pages ? at(page + 1) : null,
    },
  };
}

/** The current register (or as of filters.asOf), one page. */
export async function registerResponse(
  { org, origin }: ApiContext,
  filters: RegisterFilters,
  page: number,
): Promise<RegisterResponse> {
  const { rows, total, lastChange: changed } = await listRegister(org.id, filters, page);
  const links = registerLinks(origin, org.slug);
  const self = new URL(links.api);
  if (filters.asOf) self.searchParams.set("peildatum", filters.asOf);
  if (filters.q) self.searchParams.set("q", filters.q);
  if (filters.paid) self.searchParams.set("bezoldigd", filters.paid === "yes" ? "ja" : "nee");
  const p = paging(self, page, total);
  return RegisterResponseSchema.parse({
    organisatie: { slug: org.slug, naam: org.name },
    lijst: "huidig",
    peildatum: filters.asOf,
    stand_van: changed ? changed.toISOString() : null,
    licentie: { naam: LICENCE.name, url: LICENCE.url },
    bron: links.register,
    pagina: p.pagina,
    links: { ...p.links, register: links.register, openapi: links.openapi, dcat: links.dcat },
    rijen: rows.map(toEntry),
  });
}

/** The history of the register (added, corrected, ended), newest first, one page. */
export async function historyResponse({ org, origin }: ApiContext, page: number): Promise<HistoryResponse> {
  const [{ events, total }, changed] = await Promise.all([listHistory(org.id, page), lastChange(org.id)]);
  const links = registerLinks(origin, org.slug);
  const p = paging(new URL(links.history), page, total);
  return HistoryResponseSchema.parse({
    organisatie: { slug: org.slug, naam: org.name },
    lijst: "geschiedenis",
    stand_van: changed ? changed.toISOString() : null,
    licentie: { naam: LICENCE.name, url: LICENCE.url },
    bron: links.register,
    pagina: p.pagina,
    links: { ...p.links, register: links.register, openapi: links.openapi, dcat: links.dcat },
    gebeurtenissen: events.map((e: HistoryEvent) => ({
      datum: e.at.toISOString(),
      gebeurtenis: EVENT_NAMES[e.kind],
      registratie: toEntry(e.row),
    })),
  });
}

/**
 * The shared steps of the API's route handlers: the organisation (404 problem), the query parsed with its schema (400
 * problem), then the answer, sent cacheable with its ETag and Link header. `answer` may return a Response of its own
 * (a refusal).
 */
export async function answerApiRequest<Q extends z.ZodType>(
  request: Request,
  slug: string,
  querySchema: Q,
  answer: (ctx: ApiContext, query: z.infer<Q>, url: URL) => Promise<{ links: { dcat: string } } | Response>,
): Promise<Response> {
  const org = await getPublicOrganisation(slug);
  if (!org) return problemResponse(404, ORGANISATION_NOT_FOUND.title, ORGANISATION_NOT_FOUND.detail);
  const url = new URL(request.url);
  const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return problemResponse(400, "Ongeldige vraag / Bad request", queryProblem(query.error));
  const body = await answer({ org, origin: portalAddress() ?? url.origin }, query.data, url);
  if (body instanceof Response) return body;
  return cacheableJson(request, body, apiLinkHeader(body.links.dcat));
}
