import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getFilingContext } from "@/lib/declarations/filing-context";
import { getMyDeclaration } from "@/lib/declarations/reads";
import { AWAITING_ANSWER } from "@/lib/declarations/lifecycle";
import { submitDeclarationAction } from "@/lib/declarations/actions";
import { getDeclarationForm } from "@/lib/declarations/forms";
import { answerRows } from "@/lib/declarations/present";
import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { SubmitForm } from "@/components/declarations/submit-form";
import { AnswerList } from "@/components/ui/answer-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("flow.answer.title") };
}

/**
 * Answer a question in one page (issue 19 item 8): the question, the answer, send. The declaration's stored answers go
 * back unchanged (submitDeclaration validates them and requires the answer, as on the check page); changing them is
 * the optional way through the edit and check pages. A plain form: works without JavaScript.
 */
export default async function AnswerQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  // Only the viewer's own declaration (checked in the data layer); anything but a question waiting is the declaration page.
  const declaration = await getMyDeclaration(viewer, id);
  if (!declaration) notFound();
  if (!AWAITING_ANSWER.includes(declaration.status)) redirect(`/meldingen/${id}`);
  const question = [...declaration.messages].reverse().find((m) => m.kind === "QUESTION");
  const { t, locale } = await getT();
  const context = await getFilingContext(viewer);
  const def = getDeclarationForm(declaration.type)!;
  const rows = answerRows(
    def,
    declaration.answers,
    { profileId: context.profileId, profile: context.profile, today: context.today },
    locale,
  );
  const asker = question?.authorName ?? "";
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <p className="text-neutral-700">
          {t(`declarations.types.${declaration.type}`)}
          {declaration.reference ? <> · {declaration.reference}</> : null}
        </p>
        <h1 className="text-3xl font-bold">{t("flow.answer.title")}</h1>
        <p className="mt-2 text-lg">{declaration.title || t("declarations.list.untitled")}</p>
        <p className="mt-2 max-w-prose">{t("flow.answer.lead")}</p>
      </div>
      {question ? (
        <div className="border-l-4 border-orange-600 bg-orange-50 p-4" data-testid="info-question">
          <p className="font-bold">
            {t("flow.answer.question", { name: question.authorName, date: formatDateTime(question.createdAt, locale) })}
          </p>
          <p className="mt-1 whitespace-pre-line">{question.body}</p>
        </div>
      ) : null}
      <SubmitForm
        action={submitDeclarationAction}
        id={declaration.id}
        version={declaration.version}
        submissionKey={randomUUID()}
        askAnswer
        labels={{
          submit: t("flow.answer.submit"),
          answerLabel: t("declarations.check.answerLabel"),
          answerHint: t("flow.answer.answerHint", { name: asker }),
          errorSummaryTitle: t("declarations.form.errorSummaryTitle"),
          errorTitlePrefix: t("declarations.form.errorTitlePrefix"),
          declaration: t("declarations.check.declaration"),
          declarationText: t("declarations.check.declarationText"),
        }}
      />
      <section aria-labelledby="wijzigen" className="rounded border border-neutral-300 p-4">
        <h2 id="wijzigen" className="text-lg font-bold">
          {t("flow.answer.change")}
        </h2>
        <p className="mt-1">{t("flow.answer.changeHint")}</p>
        <p className="mt-2">
          <Link href={`/meldingen/${declaration.id}/bewerken`} data-testid="answer-change">
            {t("flow.answer.changeLink")}
          </Link>
        </p>
      </section>
      <details className="rounded border border-neutral-300 p-4">
        <summary className="cursor-pointer font-semibold">{t("flow.answer.showAnswers")}</summary>
        <AnswerList rows={rows} className="mt-2" />
      </details>
    </div>
  );
}
