// The public register as open data: the current register, or as it stood at the end of a day (?peildatum=). Public by
// law (Ambtenarenwet 2017 art. 5(1)(c)): no sign-in, read-only, and only what the page shows: published entries'
// public columns, through the page's own query (lib/register/api.ts, decision 071).
import { portalAddress } from "@/lib/config";
import { amsterdamNow } from "@/lib/format";
import { cacheableJson, problemResponse } from "@/lib/http/open-data";
import {
  ORGANISATION_NOT_FOUND,
  RegisterQuerySchema,
  apiLinkHeader,
  queryProblem,
  registerResponse,
} from "@/lib/register/api";
import { AS_OF_ERRORS, getPublicOrganisation, parseRegisterFilters } from "@/lib/register/public";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const org = await getPublicOrganisation(slug);
  if (!org) return problemResponse(404, ORGANISATION_NOT_FOUND.title, ORGANISATION_NOT_FOUND.detail);
  const url = new URL(request.url);
  const query = RegisterQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return problemResponse(400, "Ongeldige vraag / Bad request", queryProblem(query.error));
  const filters = parseRegisterFilters(Object.fromEntries(url.searchParams), amsterdamNow().today);
  // Today's register is never given under a day someone asked for (decision 042).
  if (filters.asOfError)
    return problemResponse(400, "Ongeldige peildatum / Invalid peildatum", AS_OF_ERRORS[filters.asOfError]);
  const body = await registerResponse({ org, origin: portalAddress() ?? url.origin }, filters, query.data.pagina ?? 1);
  return cacheableJson(request, body, apiLinkHeader(body.links.dcat));
}
