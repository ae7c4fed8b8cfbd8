// GET /integriteit/zoeken/export?zoek=&soort=&...: the search's results as CSV for a Woo request (decision 069):
// names of people other than senior staff replaced by their function, counterparties only where they are
// organisations, no free text (lib/search/woo.ts). The handler authorises itself; the data layer checks again and
// audits the export (declaration.search.export) in the transaction that reads it.
import { requireRole } from "@/lib/auth/session";
import { listOverviewUnits } from "@/lib/overview/data";
import { csvResponse, toCsv } from "@/lib/overview/csv";
import { exportSearchForWoo } from "@/lib/search/declarations";
import { parseSearchFilters } from "@/lib/search/schemas";
import { WOO_COLUMNS, wooRow } from "@/lib/search/woo";
import { amsterdamNow } from "@/lib/format";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import { getT } from "@/lib/i18n/server";
import { keyIn } from "@/lib/i18n/keys";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const viewer = await requireRole("INTEGRITY_OFFICER");
  const { t } = await getT();
  const parsed = parseSearchFilters(Object.fromEntries(new URL(request.url).searchParams));
  const fieldErrors = parsed.ok ? {} : parsed.fieldErrors;
  if (parsed.ok && parsed.value.unit && !(await listOverviewUnits(viewer)).some((u) => u.id === parsed.value.unit))
    Object.assign(fieldErrors, { afdeling: "unitUnknown" });
  if (!parsed.ok || Object.keys(fieldErrors).length > 0) {
    const message = Object.values(fieldErrors)
      .map((k) => t(keyIn("search.errors", k)))
      .join(" ");
    return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { rows } = await exportSearchForWoo(viewer, parsed.value);
  const labels = {
    type: (x: keyof typeof DB_TO_RULE_TYPE) => t(`declarations.types.${DB_TO_RULE_TYPE[x]}`),
    status: (s: string) => t(keyIn("declarations.status", s)),
    outcome: (o: string) => t(keyIn("declarations.decisionOutcome", o)),
    withheld: t("search.woo.withheld"),
    noFunction: t("search.woo.noFunction"),
  };
  const csv = toCsv(
    WOO_COLUMNS,
    rows.map((r) => wooRow(r, labels)),
  );
  return csvResponse(csv, `woo-zoekresultaten-${amsterdamNow().today}.csv`);
}
