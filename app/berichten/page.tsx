import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { markAllReadAction } from "@/lib/notifications/actions";
import { listMailbox, listNotifications } from "@/lib/notifications/data";
import { ActionForm } from "@/components/ui/action-form";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("notifications.page.title") };
}

/** The viewer's notifications, and in demo mode the e-mails the portal would have sent them. */
export default async function MessagesPage() {
  const viewer = await requireUser();
  const { t, locale } = await getT();
  const [items, mailbox] = await Promise.all([listNotifications(viewer, locale), listMailbox(viewer)]);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("notifications.page.title")}</h1>
        {items.some((i) => i.unread) ? (
          <ActionForm action={markAllReadAction} hidden={{}} label={t("notifications.page.markRead")} />
        ) : null}
      </div>
      {items.length === 0 ? (
        <p>{t("notifications.page.empty")}</p>
      ) : (
        <ul className="divide-y divide-neutral-300 border-y border-neutral-300" data-testid="notifications">
          {items.map((n) => (
            <li key={n.id} className="py-3" data-testid="notification" data-unread={n.unread}>
              <p className="font-bold">
                {n.unread ? (
                  <span className="mr-2 rounded bg-brand px-2 text-sm text-white">
                    {t("notifications.page.unread")}
                  </span>
                ) : null}
                {n.link ? <Link href={n.link}>{n.title}</Link> : n.title}
              </p>
              <p>{n.body}</p>
              <p className="text-sm text-neutral-700">{formatDateTime(n.createdAt, locale)}</p>
            </li>
          ))}
        </ul>
      )}
      {mailbox ? (
        <Section id="mailbox" title={t("notifications.page.mailbox")}>
          <p className="mt-1">{t("notifications.page.mailboxIntro")}</p>
          {mailbox.length === 0 ? (
            <p className="mt-2">{t("notifications.page.mailboxEmpty")}</p>
          ) : (
            <ul className="mt-3 space-y-3" data-testid="mailbox">
              {mailbox.map((m) => (
                <li key={m.id} className="rounded border border-neutral-300 p-3">
                  <details>
                    <summary className="cursor-pointer font-semibold">
                      {m.subject} · {formatDateTime(m.sentAt, locale)}
                    </summary>
                    <pre className="mt-2 whitespace-pre-wrap font-sans text-sm">{`Aan: ${m.toAddress}\n\n${m.body}`}</pre>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}
    </div>
  );
}
