import "server-only";
// "Download my data" (AVG art. 15 and 20): reads only rows that belong to the viewer (their id), never an id from
// the client. The rows are read in lib/privacy/my-data-rows.ts and shaped in lib/privacy/my-data-shape.ts.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { recordViewerAudit } from "@/lib/audit/record";
import { amsterdamNow } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readMyRows } from "./my-data-rows";
import { shapeMyData } from "./my-data-shape";

/**
 * Everything the portal holds about the viewer (AVG art. 15 and 20), as plain JSON. Only rows that belong to
 * the viewer or that they wrote. Other people's declarations are never copied in: decisions and messages the
 * viewer wrote on a colleague's declaration are listed with the declaration's id only, not its title or answers;
 * notifications and e-mails about a colleague's declaration keep their kind and date, not their text.
 * Left out on purpose: technical counters (sessionVersion, version) that say nothing about the person.
 */
export async function collectMyData(viewer: Viewer) {
  return shapeMyData(viewer, await readMyRows(viewer));
}

export type MyData = Awaited<ReturnType<typeof collectMyData>>;

/** The download: the viewer's data as a JSON file, and an audit event that they downloaded it (facts only). */
export async function exportMyData(viewer: Viewer): Promise<{ fileName: string; json: string }> {
  const data = await collectMyData(viewer);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await recordViewerAudit(tx, viewer, {
      action: "privacy.data-exported",
      entityType: "Person",
      entityId: viewer.id,
      data: {
        declarations: data.declarations.length,
        auditEvents: data.auditEvents.length,
      } satisfies Prisma.InputJsonObject,
    });
  });
  return { fileName: `mijn-gegevens-${amsterdamNow().today}.json`, json: JSON.stringify(data, null, 2) };
}
