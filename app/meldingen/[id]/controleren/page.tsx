import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getFilingContext } from "@/lib/declarations/filing-context";
import { getMyDeclaration } from "@/lib/declarations/reads";
import { AWAITING_ANSWER, canEdit } from "@/lib/declarations/lifecycle";
import { submitDeclarationAction } from "@/lib/declarations/actions";
import { parseDeclarationForm } from "@/lib/declarations/form-model";
import { getDeclarationForm } from "@/lib/declarations/forms";
import { answerRows } from "@/lib/declarations/present";
import { getT } from "@/lib/i18n/server";
import { evaluate, parseDeclarationInput } from "@/lib/rules";
import { SubmitForm } from "@/components/declarations/submit-form";
import { VerdictPanel } from "@/components/declarations/verdict-panel";
import { verdictLabels } from "@/components/declarations/verdict-labels";
import { AnswerList } from "@/components/ui/answer-list";
import { loose } from "@/lib/i18n/keys";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("declarations.check.title") };
}

/** Check your answers: everything the employee entered, the verdict it leads to, then send. */
export default async function CheckAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const declaration = await getMyDeclaration(viewer, id);
  if (!declaration) notFound();
  if (!canEdit(declaration.status)) redirect(`/meldingen/${id}`);
  const { t, locale } = await getT();
  const context = await getFilingContext(viewer);
  const def = getDeclarationForm(declaration.type)!;
  const ctx = { profileId: context.profileId, profile: context.profile, today: context.today };
  const parsed = parseDeclarationForm(def, declaration.answers, ctx, locale, parseDeclarationInput);
  if (!parsed.ok) redirect(`/meldingen/${id}/bewerken`);
  const verdict = evaluate(parsed.input, { profile: context.profile, person: context.person, now: context.now });
  const rows = answerRows(def, declaration.answers, ctx, locale);
  const td = loose(t, "declarations");
  const question = AWAITING_ANSWER.includes(declaration.status)
    ? [...declaration.messages].reverse().find((m) => m.kind === "QUESTION")
    : undefined;
  return (
    <div className="space-y-8">
      <div>
        <p className="text-neutral-700">{t(`declarations.types.${declaration.type}`)}</p>
        <h1 className="text-3xl font-bold">{t("declarations.check.title")}</h1>
        <p className="mt-2 text-lg">{t("declarations.check.lead")}</p>
      </div>
      {question ? (
        <div className="border-l-4 border-orange-600 bg-orange-50 p-4" data-testid="info-question">
          <p className="font-bold">{t("declarations.form.infoQuestion", { name: question.authorName })}</p>
          <p className="mt-1 whitespace-pre-line">{question.body}</p>
        </div>
      ) : null}
      <AnswerList
        rows={rows}
        empty={<span className="text-neutral-700">{t("declarations.check.notAnswered")}</span>}
        change={{ label: t("declarations.check.change"), href: (name) => `/meldingen/${id}/bewerken#field-${name}` }}
      />
      <VerdictPanel verdict={verdict} locale={locale} labels={verdictLabels(td, verdict, locale)} />
      <SubmitForm
        action={submitDeclarationAction}
        id={declaration.id}
        version={declaration.version}
        submissionKey={randomUUID()}
        askAnswer={AWAITING_ANSWER.includes(declaration.status)}
        labels={{
          submit: t("declarations.check.submit"),
          answerLabel: t("declarations.check.answerLabel"),
          answerHint: t("declarations.check.answerHint"),
          errorSummaryTitle: t("declarations.form.errorSummaryTitle"),
          errorTitlePrefix: t("declarations.form.errorTitlePrefix"),
          declaration: t("declarations.check.declaration"),
          declarationText: t("declarations.check.declarationText"),
        }}
      />
    </div>
  );
}
