// The public register's history as open data: what was added, corrected or taken off, newest first. Public like the
// history page (an entry erased for an AVG ground is in neither, decision 042); see lib/register/api.ts, decision 071.
import { portalAddress } from "@/lib/config";
import { cacheableJson, problemResponse } from "@/lib/http/open-data";
import {
  HistoryQuerySchema,
  ORGANISATION_NOT_FOUND,
  apiLinkHeader,
  historyResponse,
  queryProblem,
} from "@/lib/register/api";
import { getPublicOrganisation } from "@/lib/register/public";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const org = await getPublicOrganisation(slug);
  if (!org) return problemResponse(404, ORGANISATION_NOT_FOUND.title, ORGANISATION_NOT_FOUND.detail);
  const url = new URL(request.url);
  const query = HistoryQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return problemResponse(400, "Ongeldige vraag / Bad request", queryProblem(query.error));
  const body = await historyResponse({ org, origin: portalAddress() ?? url.origin }, query.data.pagina ?? 1);
  return cacheableJson(request, body, apiLinkHeader(body.links.dcat));
}
