import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { getRegisterEntryForHr } from "@/lib/register/data";
import { eraseAction, publishAction, removeAction, saveWordingAction } from "@/lib/register/actions";
import { canPublish, canRemove, isCorrection } from "@/lib/register/lifecycle";
import { ERASURE_GROUNDS } from "@/lib/register/schemas";
import { checkWording, describeFinding, findingTexts } from "@/lib/register/sensitive";
import { EraseForm, PublishForm, RemoveForm, WordingForm } from "@/components/register/review-forms";
import { RegisterTable } from "@/components/register/register-table";
import { registerTableLabels } from "@/components/register/labels";
import { Section } from "@/components/ui/section";

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
  const common = {
    errorSummaryTitle: t("register.errors.summaryTitle"),
    errorTitlePrefix: t("register.errors.titlePrefix"),
  };
  const pending = canPublish(entry);
  // Published once (now current or in the history): its wording can be corrected and it can be erased (decision 042).
  const published = isCorrection(entry);
  const texts = findingTexts(t);
  const check = {
    title: t("register.check.title"),
    lead: t("register.check.lead"),
    acknowledge: t("register.check.acknowledge"),
    texts,
  };
  const storedWarnings = checkWording(entry).map((f) => describeFinding(f, texts));
  const wordingLabels = {
    ...common,
    functionTitle: t("register.table.functionTitle"),
    sideJob: t("register.table.sideJob"),
    sideJobHint: t("register.review.sideJobHint"),
    sideJobOrganisation: t("register.table.organisation"),
    conditions: t("register.table.conditions"),
    conditionsHint: t("register.review.conditionsHint"),
    check,
  };
  return (
    <div className="space-y-8">
      <div className="max-w-prose space-y-2">
        <p>
          <Link href="/beheer/register">{t("register.review.back")}</Link>
        </p>
        <h1 className="text-3xl font-bold">
          {pending ? t("register.review.title") : t("register.review.manageTitle")}
        </h1>
        <p className="text-lg">{t("register.review.lead", { person: entry.personName })}</p>
        {entry.registerNumber ? (
          <p data-testid="register-number">{t("register.review.registerNumber", { number: entry.registerNumber })}</p>
        ) : null}
      </div>
      <Section id="preview" title={t("register.review.previewTitle")} size="2xl" className="space-y-2">
        <RegisterTable
          rows={[{ ...entry, endReason: null }]}
          locale={locale}
          showConditions={entry.showConditions}
          labels={registerTableLabels(t, t("register.review.previewCaption"))}
        />
        <p className="text-sm text-neutral-700">{t("register.review.previewNote")}</p>
      </Section>
      {pending ? (
        <>
          <Section id="wording" title={t("register.review.wordingTitle")} size="2xl" className="max-w-prose space-y-2">
            <p>{t("register.review.wordingLead")}</p>
            <p>{t("register.review.proposedNote")}</p>
            <WordingForm
              action={saveWordingAction}
              entry={entry}
              showConditions={entry.showConditions}
              correction={false}
              labels={{ ...wordingLabels, save: t("register.review.save") }}
            />
          </Section>
          <Section id="publish" title={t("register.review.publishTitle")} size="2xl" className="max-w-prose space-y-2">
            <p>{t("register.review.publishLead")}</p>
            <PublishForm
              action={publishAction}
              id={entry.id}
              version={entry.version}
              warnings={storedWarnings}
              labels={{ publish: t("register.review.publish"), check }}
            />
          </Section>
        </>
      ) : null}
      {published ? (
        <Section id="correct" title={t("register.review.correctTitle")} size="2xl" className="max-w-prose space-y-2">
          <p>{t("register.review.correctLead")}</p>
          <WordingForm
            action={saveWordingAction}
            entry={entry}
            showConditions={entry.showConditions}
            correction
            labels={{ ...wordingLabels, save: t("register.review.correct") }}
          />
        </Section>
      ) : null}
      {canRemove(entry) ? (
        <Section
          id="remove"
          title={pending ? t("register.review.rejectTitle") : t("register.review.removeTitle")}
          size="2xl"
          className="max-w-prose space-y-2"
        >
          <p>{pending ? t("register.review.rejectLead") : t("register.review.removeLead")}</p>
          <RemoveForm
            action={removeAction}
            id={entry.id}
            version={entry.version}
            labels={{
              ...common,
              reason: t("register.review.reason"),
              reasonHint: t("register.review.reasonHint"),
              remove: pending ? t("register.review.reject") : t("register.review.remove"),
            }}
          />
        </Section>
      ) : null}
      {published ? (
        <Section id="erase" title={t("register.review.eraseTitle")} size="2xl" className="max-w-prose space-y-2">
          <p>{t("register.review.eraseLead")}</p>
          <EraseForm
            action={eraseAction}
            id={entry.id}
            version={entry.version}
            labels={{
              ...common,
              ground: t("register.review.ground"),
              groundHint: t("register.review.groundHint"),
              groundChoose: t("register.review.groundChoose"),
              grounds: ERASURE_GROUNDS.map((g) => ({ value: g, label: t(`register.review.grounds.${g}`) })),
              confirm: t("register.review.confirm"),
              erase: t("register.review.erase"),
            }}
          />
        </Section>
      ) : null}
    </div>
  );
}
