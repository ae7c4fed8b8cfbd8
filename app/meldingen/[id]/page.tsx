import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getFilingContext } from "@/lib/declarations/filing-context";
import { getMyDeclaration } from "@/lib/declarations/reads";
import {
  AWAITING_ANSWER,
  canDiscard,
  canFollowUp,
  canWithdraw,
  hasConditions,
  isAwaitingDecision,
  SENT,
} from "@/lib/declarations/lifecycle";
import { startFromExistingAction } from "@/lib/declarations/actions";
import { acknowledgeConditionsAction } from "@/lib/decisions/actions";
import { getDeclarationForm } from "@/lib/declarations/forms";
import { answerRows } from "@/lib/declarations/present";
import { formatDate, formatDateTime } from "@/lib/format";
import { OVERDUE_DAYS } from "@/lib/decisions/queue-params";
import { getT } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";
import { StatusTag } from "@/components/declarations/status-tag";
import { DecisionList, DeclarationKicker, MessageList } from "@/components/declarations/conversation";
import { VerdictStory } from "@/components/declarations/verdict-story";
import { RecordLink } from "@/components/declarations/record-link";
import { FormAlert } from "@/components/ui/form-alert";
import { AnswerList } from "@/components/ui/answer-list";
import { keyIn, loose } from "@/lib/i18n/keys";
import { listAttachments } from "@/lib/attachments/data";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("declarations.list.title") };
}

export default async function DeclarationDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ verstuurd?: string; ingetrokken?: string }>;
}) {
  const viewer = await requireUser();
  const { id } = await params;
  const notices = await searchParams;
  // Only the viewer's own declaration: anyone else's is "not found" (checked in the data layer).
  const d = await getMyDeclaration(viewer, id);
  if (!d) notFound();
  const { t, locale } = await getT();
  const [context, attachments] = await Promise.all([getFilingContext(viewer), listAttachments(viewer, d.id)]);
  const def = getDeclarationForm(d.type)!;
  const rows = answerRows(
    def,
    d.answers,
    { profileId: context.profileId, profile: context.profile, today: context.today },
    locale,
  );
  const td = loose(t, "declarations");
  const isSideJob = d.type === "side-job";
  // A decision is expected within the overdue period (after it the decider is reminded).
  const decisionBy =
    d.submittedAt && isAwaitingDecision(d.status)
      ? new Date(Date.parse(d.submittedAt) + OVERDUE_DAYS * 86_400_000)
      : null;
  return (
    <div className="space-y-8">
      {notices.verstuurd ? (
        // The confirmation after sending: the reference to quote, what happens next and by when (conventions: "After sending").
        <FormAlert tone="success" className="space-y-2" testId="confirmation">
          <p className="text-lg font-bold" data-testid="notice">
            {t("declarations.list.submittedNotice")}
          </p>
          {d.reference ? (
            <p className="font-semibold" data-testid="confirmation-reference">
              {t("declarations.confirmation.reference", { reference: d.reference })}
            </p>
          ) : null}
          <p>
            <span className="font-semibold">{t("declarations.confirmation.next")}</span>{" "}
            {t(`declarations.nextStep.${d.statusKey}`)}
          </p>
          {decisionBy ? (
            <p>{t("declarations.confirmation.decisionBy", { date: formatDate(decisionBy, locale) })}</p>
          ) : null}
          <p>{t("declarations.confirmation.messages")}</p>
        </FormAlert>
      ) : null}
      {notices.ingetrokken ? (
        <FormAlert tone="success" testId="notice">
          {t("declarations.list.withdrawnNotice")}
        </FormAlert>
      ) : null}
      <div>
        <DeclarationKicker type={d.type} reference={d.reference} />
        <h1 className="text-3xl font-bold">{d.title || t("declarations.list.untitled")}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <StatusTag status={d.status} label={t(`declarations.status.${d.statusKey}`)} />
          {d.submittedAt ? (
            <span>{t("declarations.detail.submittedOn", { date: formatDateTime(d.submittedAt, locale) })}</span>
          ) : null}
        </p>
        <p className="mt-2">
          <span className="font-semibold">{t("declarations.list.nextStep")}:</span>{" "}
          {t(`declarations.nextStep.${d.statusKey}`)}
        </p>
        {d.relatedId ? (
          <p className="mt-2">
            {t("declarations.detail.related")}:{" "}
            <Link href={`/meldingen/${d.relatedId}`}>{t("declarations.detail.viewRelated")}</Link>
          </p>
        ) : null}
        {d.reference ? <RecordLink id={d.id} /> : null}
      </div>

      {/* Decision 052: the decision is the headline; the verdict at filing follows, neutral, as what the code said then. */}
      <VerdictStory
        td={td}
        locale={locale}
        audience="employee"
        verdict={d.verdict}
        recomputed={false}
        submittedAt={d.submittedAt}
        decisions={d.decisions}
      />

      {hasConditions(d.status) && d.decisions.at(-1) ? (
        <Section
          id="voorwaarden"
          title={t("decisions.ack.title")}
          className="border-l-8 border-amber-600 bg-amber-50 p-4"
          testId="conditions"
        >
          <p className="mt-1 whitespace-pre-line font-semibold">{d.decisions.at(-1)!.conditions}</p>
          {d.decisions.at(-1)!.acknowledgedAt ? (
            <p className="mt-2" data-testid="conditions-acknowledged">
              {t("decisions.ack.done", { date: formatDateTime(d.decisions.at(-1)!.acknowledgedAt!, locale) })}
            </p>
          ) : (
            <>
              <p className="mt-2">{t("decisions.ack.body")}</p>
              <div className="mt-2">
                <ActionForm
                  action={acknowledgeConditionsAction}
                  hidden={{ id: d.id }}
                  label={t("decisions.ack.button")}
                  variant="primary"
                />
              </div>
            </>
          )}
        </Section>
      ) : null}

      <Section
        id="acties"
        title={t("declarations.detail.actions")}
        className="rounded border border-neutral-300 p-4 print:hidden"
      >
        <div className="mt-3 flex flex-wrap items-start gap-4">
          {canDiscard(d.status) ? (
            <>
              <Link href={`/meldingen/${d.id}/bewerken`} className={buttonClass()}>
                {t("declarations.detail.edit")}
              </Link>
              {/* Deleting asks "Weet je het zeker?" on a page of its own (issue 19 item 5). */}
              <Link href={`/meldingen/${d.id}/verwijderen`} className={buttonClass("danger")}>
                {t("declarations.detail.discard")}
              </Link>
            </>
          ) : null}
          {AWAITING_ANSWER.includes(d.status) ? (
            // Issue 19 item 8: the question, the answer and send on one page; changing the declaration is a link there.
            <Link href={`/meldingen/${d.id}/beantwoorden`} className={buttonClass()}>
              {t("declarations.detail.answer")}
            </Link>
          ) : null}
          {isSideJob && canFollowUp(d.status) ? (
            <>
              <ActionForm
                action={startFromExistingAction}
                hidden={{ id: d.id, mode: "changed" }}
                label={t("declarations.detail.changed")}
              />
              <ActionForm
                action={startFromExistingAction}
                hidden={{ id: d.id, mode: "ended" }}
                label={t("declarations.detail.ended")}
              />
            </>
          ) : null}
          {SENT.includes(d.status) ? (
            <ActionForm
              action={startFromExistingAction}
              hidden={{ id: d.id, mode: "copy" }}
              label={t("declarations.detail.copy")}
            />
          ) : null}
          {canWithdraw(d.status) ? (
            <Link href={`/meldingen/${d.id}/intrekken`} className={buttonClass("danger")}>
              {t("declarations.detail.withdraw")}
            </Link>
          ) : null}
        </div>
      </Section>

      {attachments ? <AttachmentList declarationId={d.id} view={attachments} /> : null}

      <DecisionList id="besluiten" title={t("declarations.detail.decisions")} items={d.decisions} />

      <MessageList id="berichten" title={t("declarations.detail.messages")} items={d.messages} locale={locale} />

      <Section id="antwoorden" title={t("declarations.detail.answers")}>
        <AnswerList rows={rows} className="mt-2" />
      </Section>

      <Section id="geschiedenis" title={t("declarations.detail.history")}>
        <ol className="mt-2 space-y-1" data-testid="history">
          {d.history.map((h) => (
            <li key={h.id}>
              <span className="font-semibold">{formatDateTime(h.at, locale)}</span>:{" "}
              {t.has(keyIn("declarations.historyActions", h.action.replaceAll(".", "_")))
                ? t(keyIn("declarations.historyActions", h.action.replaceAll(".", "_")))
                : h.action}
              {h.actorName ? ` (${h.actorName})` : ""}
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
