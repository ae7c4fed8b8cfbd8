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
import { FIRST_AS_OF, getPublicOrganisation, lastChange, parseRegisterFilters } from "@/lib/register/public";
import { LICENCE, registerSourceUrl } from "@/lib/register/columns";

/** Why a peildatum cannot be answered, in both languages (the download has no page to show it on). */
const AS_OF_ERRORS = {
  invalid:
    "Ongeldige peildatum: gebruik een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-05-01. / Invalid peildatum: use a real date as YYYY-MM-DD, e.g. 2026-05-01.",
  tooEarly: `Peildatum te vroeg: het register gaat niet verder terug dan ${FIRST_AS_OF}. / Peildatum too early: the register does not go back before ${FIRST_AS_OF}.`,
  future:
    "Peildatum ligt in de toekomst: kies vandaag of een eerdere dag. / Peildatum is in the future: choose today or an earlier day.",
} as const;

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
