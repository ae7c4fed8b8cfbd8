// Downloads of the public register (CSV, JSON, ODS). Public by law (Ambtenarenwet 2017 art. 5(1)(c)): no
// sign-in, read-only, and only the public columns of published entries (lib/register/columns.ts).
import { portalAddress } from "@/lib/config";
import { amsterdamNow } from "@/lib/format";
import {
  CONTENT_TYPES,
  DOWNLOAD_FORMATS,
  downloadFileName,
  registerDownloadStream,
  type DownloadFormat,
} from "@/lib/register/export";
import { AS_OF_ERRORS, getPublicOrganisation, lastChange, parseRegisterFilters } from "@/lib/register/public";
import { LICENCE, registerSourceUrl } from "@/lib/register/columns";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const org = await getPublicOrganisation(slug);
  if (!org)
    return new Response("Niet gevonden / Not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  const url = new URL(request.url);
  const format = url.searchParams.get("formaat") ?? "csv";
  if (!(DOWNLOAD_FORMATS as readonly string[]).includes(format)) {
    return new Response("Onbekend formaat: kies csv, json of ods. / Unknown format: choose csv, json or ods.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const list = url.searchParams.get("lijst") === "geschiedenis" ? "geschiedenis" : "huidig";
  const today = amsterdamNow().today;
  const filters = parseRegisterFilters(Object.fromEntries(url.searchParams), today);
  // A journalist must never get today's register under a date they asked for (decision 042).
  if (filters.asOfError)
    return new Response(AS_OF_ERRORS[filters.asOfError], {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  const sourceUrl = registerSourceUrl(portalAddress() ?? url.origin, org.slug);
  const stream = registerDownloadStream(
    { org, filters, list, asOf: await lastChange(org.id), generatedAt: new Date(), sourceUrl },
    format as DownloadFormat,
  );
  return new Response(stream, {
    headers: {
      "content-type": CONTENT_TYPES[format as DownloadFormat],
      "content-disposition": `attachment; filename="${downloadFileName(org, list, format as DownloadFormat, filters.asOf ?? today)}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      link: `<${LICENCE.url}>; rel="license", <${sourceUrl}>; rel="describedby"`,
    },
  });
}
