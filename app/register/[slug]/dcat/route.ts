// The DCAT (DCAT-AP-DONL) description of an organisation's public register as open data: the dataset, its CSV, JSON
// and ODS downloads and the API (lib/register/dcat.ts, decision 071). Public: it describes public data and holds no
// entry. Turtle or JSON-LD by content negotiation (Accept) or ?formaat=turtle|jsonld.
import { portalAddress } from "@/lib/config";
import { cacheableResponse, problemResponse } from "@/lib/http/open-data";
import { ORGANISATION_NOT_FOUND } from "@/lib/register/api";
import { DCAT_CONTENT_TYPES, dcatQuads, negotiateDcat, toJsonLd, toTurtle } from "@/lib/register/dcat";
import { firstPublication, getPublicOrganisation, lastChange } from "@/lib/register/public";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const vary = { vary: "Accept" };
  const org = await getPublicOrganisation(slug);
  if (!org) return problemResponse(404, ORGANISATION_NOT_FOUND.title, ORGANISATION_NOT_FOUND.detail, vary);
  const url = new URL(request.url);
  const format = negotiateDcat(url.searchParams.get("formaat"), request.headers.get("accept"));
  if (!format)
    return problemResponse(
      406,
      "Niet beschikbaar in dit formaat / Not acceptable",
      "Kies text/turtle of application/ld+json. / Choose text/turtle or application/ld+json.",
      vary,
    );
  const [first, last] = await Promise.all([firstPublication(org.id), lastChange(org.id)]);
  const quads = dcatQuads({ org, origin: portalAddress() ?? url.origin, firstPublished: first, lastChange: last });
  const body = format === "turtle" ? await toTurtle(quads) : JSON.stringify(toJsonLd(quads));
  return cacheableResponse(request, body, DCAT_CONTENT_TYPES[format], vary);
}
