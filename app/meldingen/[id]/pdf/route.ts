// GET /meldingen/<id>/pdf: the printable record of a declaration (issue 16 item 2, decision 065), for the personnel
// file or an objection. Authenticates and authorises itself: signed out is sent to sign in; the data layer gives the
// record only to those who may read the declaration (the declarant, its manager or their deputy, the integrity
// officer) and logs each download; anyone else gets 404, as for a declaration that does not exist.
import { getViewer } from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { getDeclarationRecord } from "@/lib/decisions/record";
import { renderRecordPdf } from "@/lib/decisions/record-pdf";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) redirect("/aanmelden");
  const { id } = await params;
  const { t, locale } = await getT();
  const record = typeof id === "string" && id.length <= 100 ? await getDeclarationRecord(viewer, id, locale) : null;
  if (!record)
    return new Response(t("errors.notFoundBody"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const pdf = await renderRecordPdf(record, locale);
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      // The reference is [A-Z]{3}-\d{4}-\d{5} (lib/declarations/reference.ts): safe in a quoted file name.
      "Content-Disposition": `attachment; filename="${record.reference.replace(/[^A-Za-z0-9-]/g, "")}.pdf"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store, private",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
