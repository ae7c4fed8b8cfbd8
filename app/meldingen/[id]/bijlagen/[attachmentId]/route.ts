// GET /meldingen/<id>/bijlagen/<attachmentId>: one attachment of a declaration (issue 16 item 1, decision 066).
// Authenticates and authorises itself: signed out is sent to sign in; the data layer gives the file only to those who
// may read the declaration (the same check as /meldingen/<id>/pdf: lib/decisions/access.ts canReadDeclaration) and
// logs each download; anyone else gets 404, as for an attachment that does not exist. Always a download, never
// rendered: `attachment`, nosniff and a sandboxing CSP, whatever a browser might think the bytes are.
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { downloadAttachment } from "@/lib/attachments/data";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { ATTACHMENT_CSP } from "@/lib/http/security-headers";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; attachmentId: string }> },
): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) redirect("/aanmelden");
  const { id, attachmentId } = await params;
  const valid = RecordIdSchema.safeParse(id).success && RecordIdSchema.safeParse(attachmentId).success;
  const file = valid ? await downloadAttachment(viewer, id, attachmentId) : null;
  if (!file) {
    const { t } = await getT();
    return new Response(t("errors.notFoundBody"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": file.mime,
      "Content-Disposition": attachmentDisposition(file.name),
      "Content-Length": String(file.bytes.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": ATTACHMENT_CSP,
    },
  });
}
