import "server-only";
// In-app notifications and (demo mode) the mailbox: always the viewer's own, nobody else's.
import { getDb } from "@/lib/db";
import { isDemoMode } from "@/lib/config";
import type { Viewer } from "@/lib/auth/session";
import type { Locale } from "@/lib/format";
import { notificationText } from "./texts";

export async function unreadCount(viewer: Viewer): Promise<number> {
  const db = await getDb();
  return db.notification.count({ where: { recipientId: viewer.id, readAt: null } });
}

export async function listNotifications(viewer: Viewer, locale: Locale) {
  const db = await getDb();
  const rows = await db.notification.findMany({
    where: { recipientId: viewer.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, kind: true, params: true, declarationId: true, readAt: true, createdAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    ...notificationText(r.kind, (r.params ?? {}) as Record<string, string>, r.declarationId, locale),
    unread: r.readAt === null,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function markAllRead(viewer: Viewer): Promise<void> {
  const db = await getDb();
  await db.notification.updateMany({ where: { recipientId: viewer.id, readAt: null }, data: { readAt: new Date() } });
}

/** The e-mails the portal sent the viewer. Only in demo mode, where nothing leaves the portal. */
export async function listMailbox(viewer: Viewer) {
  if (!isDemoMode()) return null;
  const db = await getDb();
  const rows = await db.mailMessage.findMany({
    where: { recipientId: viewer.id },
    orderBy: { sentAt: "desc" },
    take: 50,
    select: { id: true, subject: true, body: true, toAddress: true, sentAt: true },
  });
  return rows.map((r) => ({ ...r, sentAt: r.sentAt.toISOString() }));
}
