// "Afgewezen rijen (CSV)": the rows of an import HR must fix, as they stood in the file, with the reason in the
// viewer's language (decision 064). Authenticates and authorises itself: requireArea("people") for the right,
// and the data layer finds the import only in the viewer's own organisation; the download is audited there.
import { requireArea } from "@/lib/auth/session";
import { reportRowsOfImport } from "@/lib/people/data";
import { reportCsv } from "@/lib/people/report-csv";
import { issueText } from "@/components/people/import-rows";
import { peopleTranslator } from "@/components/people/labels";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("people");
  const { id } = await params;
  const { t } = await getT();
  try {
    const { columns, rows } = await reportRowsOfImport(viewer, id);
    const csv = reportCsv(columns, rows, {
      reasonHeader: t("people.report.reason"),
      reason: (issue) => issueText(peopleTranslator(t), issue),
    });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${t("people.report.fileName")}.csv"`,
        "Cache-Control": "no-store, private",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND")
      return new Response(t("people.report.notFound"), {
        status: 404,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    throw error;
  }
}
