import type { Viewer } from "@/lib/auth/session";
import { VIEWER_SELECT, viewerOfRow } from "@/lib/auth/viewer-row";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The Viewer requireUser() would return for this person (tests call data functions directly). */
export async function viewerFor(db: PrismaClient, personId: string): Promise<Viewer> {
  return viewerOfRow(await db.person.findUniqueOrThrow({ where: { id: personId }, select: VIEWER_SELECT }));
}

export async function viewerByName(db: PrismaClient, name: string): Promise<Viewer> {
  const p = await db.person.findFirstOrThrow({ where: { name }, select: { id: true } });
  return viewerFor(db, p.id);
}
