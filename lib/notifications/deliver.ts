// Delivers the e-mail outbox: claims pending events (several app instances can run this at once: rows
// are claimed with FOR UPDATE SKIP LOCKED and a lock expiry), sends one digest per recipient, and marks
// the events sent together with the stored message. At least once: a crash between sending and marking
// resends that digest; an event is never queued twice (unique event key).
import type { NotificationKind, PrismaClient } from "@/lib/generated/prisma/client";
import { createTranslator } from "use-intl/core";
import { getMessages } from "@/lib/i18n/messages";
import { toLocale } from "@/lib/i18n/config";
import type { MailTransport } from "./transport";
import { notificationText } from "./texts";
import { logError } from "@/lib/log";
import { portalAddress } from "@/lib/config";

const LOCK_MINUTES = 5;
const MAX_ATTEMPTS = 8;

interface Claimed {
  id: string;
  recipientId: string;
  /** The enum's value, read as text by the claiming query. */
  kind: NotificationKind;
  declarationId: string | null;
  params: Record<string, string>;
  attempts: number;
}

/**
 * One e-mail for a person's pending events, in their language: the subject (the event's title, or a count) and a
 * plain-text body of each event's title, body and link. Only the recipient's own name and what notificationText
 * gives (reference, kind, what to do; decision 037) go in.
 */
export function composeDigest(
  recipient: { name: string; locale: string | null },
  events: { kind: NotificationKind; params: Record<string, unknown> | null; declarationId: string | null }[],
  base: string,
): { subject: string; text: string } {
  const locale = toLocale(recipient.locale);
  const t = createTranslator({ locale, messages: getMessages(locale), namespace: "notifications" });
  const items = events.map((e) => notificationText(e.kind, e.params ?? {}, e.declarationId, locale));
  const subject = items.length === 1 ? items[0]!.title : t("digestSubject", { count: items.length });
  const text = [
    t("digestIntro", { name: recipient.name }),
    "",
    ...items.flatMap((i) => [`- ${i.title}`, `  ${i.body}`, ...(i.link ? [`  ${base}${i.link}`] : []), ""]),
    t("digestOutro", { url: base }),
  ].join("\n");
  return { subject, text };
}

export interface DeliveryReport {
  messages: number;
  events: number;
  failed: number;
}

/**
 * @param options.digestMinutes events younger than this wait, so that what happens close together
 *   reaches a person as one digest instead of a flood (MAIL_DIGEST_MINUTES; 0 sends at once).
 */
export async function deliverPending(
  db: PrismaClient,
  transport: MailTransport,
  options: { baseUrl?: string; batch?: number; digestMinutes?: number } = {},
): Promise<DeliveryReport> {
  const batch = options.batch ?? 100;
  const digestMinutes = Math.max(0, options.digestMinutes ?? 0);
  const claimed = await db.$queryRaw<Claimed[]>`
    update "OutboundEmail" set "lockedUntil" = now() + make_interval(mins => ${LOCK_MINUTES}), attempts = attempts + 1
    where id in (
      select id from "OutboundEmail"
      where status = 'PENDING' and ("lockedUntil" is null or "lockedUntil" < now())
        and "createdAt" <= now() - make_interval(mins => ${digestMinutes})
      order by "createdAt" limit ${batch}
      for update skip locked)
    returning id, "recipientId", kind::text as kind, "declarationId", params, attempts`;
  if (claimed.length === 0) return { messages: 0, events: 0, failed: 0 };
  const byRecipient = new Map<string, Claimed[]>();
  for (const row of claimed) byRecipient.set(row.recipientId, [...(byRecipient.get(row.recipientId) ?? []), row]);
  const people = await db.person.findMany({
    where: { id: { in: [...byRecipient.keys()] } },
    select: { id: true, name: true, email: true, locale: true },
  });
  const report: DeliveryReport = { messages: 0, events: 0, failed: 0 };
  for (const person of people) {
    const events = byRecipient.get(person.id) ?? [];
    const base = (options.baseUrl ?? portalAddress() ?? "http://localhost:3000").replace(/\/$/, "");
    const { subject, text } = composeDigest(person, events, base);
    try {
      await transport.send({ to: person.email, subject, text });
      await db.$transaction(async (tx) => {
        const message = await tx.mailMessage.create({
          data: { recipientId: person.id, toAddress: person.email, subject, body: text, transport: transport.name },
          select: { id: true },
        });
        await tx.outboundEmail.updateMany({
          where: { id: { in: events.map((e) => e.id) } },
          data: { status: "SENT", sentAt: new Date(), mailMessageId: message.id, lockedUntil: null },
        });
      });
      report.messages += 1;
      report.events += events.length;
    } catch (error) {
      // Leave them pending (the lock expires, then a retry); give up after MAX_ATTEMPTS.
      const message = (error as Error)?.message?.slice(0, 500) ?? "unknown";
      for (const e of events) {
        await db.outboundEmail.update({
          where: { id: e.id },
          data: { lastError: message, ...(e.attempts >= MAX_ATTEMPTS ? { status: "FAILED" } : {}) },
        });
      }
      report.failed += events.length;
      logError("mail.delivery-failed", error, {
        component: "notifications",
        personId: person.id,
        count: events.length,
      });
    }
  }
  return report;
}
