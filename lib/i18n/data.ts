// The language a person chose, stored with them (issue 19 item 10, decision 051): e-mails and notifications go out
// in it (lib/notifications/deliver.ts reads Person.locale). Authority: a person changes only their own choice;
// the viewer comes from the session (lib/auth/session.ts), never from the request.
import "server-only";
import { getDb } from "@/lib/db";
import { recordViewerAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/session";
import type { Locale } from "@/lib/format";

/**
 * Stores the viewer's own language, with its audit event in the same transaction. Returns whether anything
 * changed. The person's version stays: the language is not part of what HR edits, so an open HR form stays valid.
 */
export async function saveOwnLocale(viewer: Pick<Viewer, "id" | "organisationId">, locale: Locale): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.person.updateMany({
      where: { id: viewer.id, locale: { not: locale } },
      data: { locale },
    });
    if (count === 0) return false;
    await recordViewerAudit(tx, viewer, {
      action: "person.language-changed",
      entityType: "Person",
      entityId: viewer.id,
      data: { locale },
    });
    return true;
  });
}
