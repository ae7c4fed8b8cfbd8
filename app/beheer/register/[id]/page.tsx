import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { getRegisterEntryForHr } from "@/lib/register/data";
import { publishAction, removeAction, saveWordingAction } from "@/lib/register/actions";
import { PublishForm, RemoveForm, WordingForm } from "@/components/register/review-forms";
import { RegisterTable } from "@/components/register/register-table";
import { registerTableLabels } from "@/components/register/labels";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("register.review.title") };
}

/** HR reviews one entry: the public wording, a preview as visitors will see it, publish or take off. */
export default async function RegisterReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("register");
  const { id } = await params;
  const entry = await getRegisterEntryForHr(viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { t, locale } = await getT();
  const common = { errorSummaryTitle: t("register.errors.summaryTitle"), errorTitlePrefix: t("register.errors.titlePrefix") };
  const pending = entry.status === "PENDING_REVIEW";
  return (
    <div className="space-y-8">
      <div className="max-w-prose space-y-2">
        <p><Link href="/beheer/register">{t("register.review.back")}</Link></p>
        <h1 className="text-3xl font-bold">{pending ? t("register.review.title") : t("register.review.manageTitle")}</h1>
        <p className="text-lg">{t("register.review.lead", { person: entry.personName })}</p>
      </div>
      <section aria-labelledby="preview" className="space-y-2">
        <h2 id="preview" className="text-2xl font-bold">{t("register.review.previewTitle")}</h2>
        <RegisterTable rows={[{ ...entry, endReason: null }]} locale={locale} showConditions={entry.showConditions} labels={registerTableLabels(t, t("register.review.previewCaption"))} />
        <p className="text-sm text-neutral-700">{t("register.review.previewNote")}</p>
      </section>
      {pending ? (
        <>
          <section aria-labelledby="wording" className="max-w-prose space-y-2">
            <h2 id="wording" className="text-2xl font-bold">{t("register.review.wordingTitle")}</h2>
            <p>{t("register.review.wordingLead")}</p>
            <WordingForm
              action={saveWordingAction}
              entry={entry}
              showConditions={entry.showConditions}
              labels={{ ...common, functionTitle: t("register.table.functionTitle"), sideJob: t("register.table.sideJob"), sideJobHint: t("register.review.sideJobHint"), sideJobOrganisation: t("register.table.organisation"), conditions: t("register.table.conditions"), conditionsHint: t("register.review.conditionsHint"), save: t("register.review.save") }}
            />
          </section>
          <section aria-labelledby="publish" className="max-w-prose space-y-2">
            <h2 id="publish" className="text-2xl font-bold">{t("register.review.publishTitle")}</h2>
            <p>{t("register.review.publishLead")}</p>
            <PublishForm action={publishAction} id={entry.id} version={entry.version} labels={{ publish: t("register.review.publish") }} />
          </section>
        </>
      ) : null}
      {entry.status !== "ENDED" ? (
        <section aria-labelledby="remove" className="max-w-prose space-y-2">
          <h2 id="remove" className="text-2xl font-bold">{pending ? t("register.review.rejectTitle") : t("register.review.removeTitle")}</h2>
          <p>{pending ? t("register.review.rejectLead") : t("register.review.removeLead")}</p>
          <RemoveForm action={removeAction} id={entry.id} version={entry.version} labels={{ ...common, reason: t("register.review.reason"), reasonHint: t("register.review.reasonHint"), remove: pending ? t("register.review.reject") : t("register.review.remove") }} />
        </section>
      ) : null}
    </div>
  );
}
