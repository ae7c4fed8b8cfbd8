import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { remindOverdueAction } from "@/lib/decisions/actions";
import { previewOverdueReminder } from "@/lib/decisions/remind-overdue";
import { isAppError } from "@/lib/errors";
import { REMINDERS_PER_DAY } from "@/lib/reminders/on-demand";
import { getT } from "@/lib/i18n/server";
import { ConfirmActions, ConfirmNotice } from "@/components/ui/confirm-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("reminders.overdueConfirm.title") };
}

/**
 * Integrity officers: the confirm step of reminding a manager about an overdue decision (decision 068). It shows
 * what the message holds (reference, type, days waiting) and who gets it, or why it cannot go out now.
 */
export default async function RemindOverduePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ herinnerd?: string }>;
}) {
  const viewer = await requireRole("INTEGRITY_OFFICER");
  const { id } = await params;
  const { herinnerd } = await searchParams;
  const preview = await previewOverdueReminder(viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { t } = await getT();
  const sent = herinnerd === "1";
  const facts: [string, string][] = [
    [t("reminders.overdueConfirm.reference"), preview.reference ?? "—"],
    [t("reminders.overdueConfirm.type"), t(`declarations.types.${preview.type}`)],
    [t("reminders.overdueConfirm.waiting"), t("reminders.overdueConfirm.days", { count: preview.daysWaiting })],
    ...(preview.managerName
      ? ([[t("reminders.overdueConfirm.manager"), preview.managerName]] as [string, string][])
      : []),
  ];
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-2xl font-bold break-words hyphens-auto sm:text-3xl">
        {sent ? t("reminders.overdueConfirm.title") : t("reminders.overdueConfirm.question")}
      </h1>
      {sent ? (
        <FormAlert tone="success" testId="notice-reminded">
          {t("reminders.overdueConfirm.sent")}
        </FormAlert>
      ) : (
        <p className="text-lg">{t("reminders.overdueConfirm.lead", { perDay: REMINDERS_PER_DAY })}</p>
      )}
      <Section id="facts" title={t("reminders.overdueConfirm.facts")}>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]" data-testid="reminder-facts">
          {facts.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-semibold">{k}</dt>
              <dd className="mb-2 break-words sm:mb-0">{v}</dd>
            </div>
          ))}
        </dl>
      </Section>
      {sent ? null : preview.refusal ? (
        <ConfirmNotice tone="error" testId="remind-refused">
          {t(`reminders.errors.${preview.refusal}`)}
        </ConfirmNotice>
      ) : (
        <ConfirmNotice tone="warning" testId="remind-count">
          {t("reminders.overdueConfirm.recipients", { name: preview.managerName ?? "" })}
        </ConfirmNotice>
      )}
      <ConfirmActions
        confirm={
          sent || preview.refusal
            ? null
            : { action: remindOverdueAction, hidden: { id: preview.id }, label: t("reminders.overdueConfirm.confirm") }
        }
        href="/integriteit/overzicht#te-laat"
        back={sent || preview.refusal ? t("reminders.overdueConfirm.back") : t("reminders.overdueConfirm.cancel")}
      />
    </div>
  );
}
