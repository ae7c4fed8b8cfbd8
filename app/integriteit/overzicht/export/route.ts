// GET /integriteit/overzicht/export?jaar=2026 (without jaar: the current year in Amsterdam): the annual integrity report figures as CSV (docs/annual-report-export.md).
// A route handler is a public endpoint: it checks the viewer and the area itself, and the data layer checks again.
import { requireArea } from "@/lib/auth/session";
import { annualReportFigures } from "@/lib/overview/data";
import { parseExportYear } from "@/lib/overview/schemas";
import { ANNUAL_COLUMNS, annualReportRows } from "@/lib/overview/export";
import { csvResponse, toCsv } from "@/lib/overview/csv";
import { getT } from "@/lib/i18n/server";
import { getMessages } from "@/lib/i18n/messages";
import { createTranslator } from "use-intl/core";
import { keyIn } from "@/lib/i18n/keys";
import { amsterdamNow } from "@/lib/format";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const viewer = await requireArea("overview");
  const year = parseExportYear(Object.fromEntries(new URL(request.url).searchParams), amsterdamNow().today);
  if (!year.ok) {
    const { t } = await getT();
    return new Response(t("overview.errors.exportYear"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const figures = await annualReportFigures(viewer, year.value);
  // The annual report is written in Dutch: the labels are Dutch whatever the viewer's language.
  const nl = createTranslator({ locale: "nl", messages: getMessages("nl") });
  const rows = annualReportRows(figures, {
    type: (type) => nl(keyIn("declarations.types", type)),
    status: (status) => nl(keyIn("declarations.status", status)),
    outcome: (outcome) => nl(keyIn("declarations.outcome", outcome)),
  });
  return csvResponse(toCsv(ANNUAL_COLUMNS, rows), `integriteit-jaarverslag-${year.value}.csv`);
}
