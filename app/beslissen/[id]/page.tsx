import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { canReach } from "@/lib/auth/areas";
import { decideAction } from "@/lib/decisions/actions";
import { getForDecision } from "@/lib/decisions/read";
import { getFilingContext } from "@/lib/declarations/filing-context";
import { decisionKindsFor } from "@/lib/declarations/lifecycle";
import type { RawValues } from "@/lib/declarations/form-model";
import { getDeclarationForm } from "@/lib/declarations/forms";
import { answerRows } from "@/lib/declarations/present";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { DecisionForm } from "@/components/decisions/decision-form";
import { StatusTag } from "@/components/declarations/status-tag";
import { DecisionList, DeclarationKicker, MessageList } from "@/components/declarations/conversation";
import { VerdictStory } from "@/components/declarations/verdict-story";
import { RecordLink } from "@/components/declarations/record-link";
import { codeStance } from "@/lib/decisions/against-code";
import { activeRecusalsForDeclaration } from "@/lib/recusals/data";
import { RECUSAL_TYPES } from "@/lib/recusals/schemas";
import { RecusalList } from "@/components/recusals/recusal-list";
import { AnswerList } from "@/components/ui/answer-list";
import { keyIn, loose } from "@/lib/i18n/keys";
import { listAttachments } from "@/lib/attachments/data";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("decisions.screen.title") };
}

/** The decision screen: the declaration, the rule verdict with its source, the history, and the decision. */
export default async function DecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  // The data layer decides whether this viewer may see it (manager, deputy, integrity officer; never the declarant).
  const d = await getForDecision(viewer, id);
  if (!d) notFound();
  const { t, locale } = await getT();
  const [context, recusals, attachments] = await Promise.all([
    getFilingContext(viewer),
    activeRecusalsForDeclaration(viewer, d.id),
    listAttachments(viewer, d.id),
  ]);
  const recusalType = (RECUSAL_TYPES as readonly string[]).includes(d.type);
  const def = getDeclarationForm(d.type)!;
  const rows = answerRows(
    def,
    d.answers as RawValues,
    { profileId: context.profileId, profile: context.profile, today: context.today },
    locale,
  );
  const td = loose(t, "declarations");
  const kinds: string[] = d.decidingAs ? decisionKindsFor(d.decidingAs) : [];
  return (
    <div className="space-y-8">
      <div>
        <DeclarationKicker type={d.type} reference={d.reference} />
        <h1 className="text-3xl font-bold">{d.title}</h1>
        <p className="mt-1 text-lg">{t("decisions.screen.from", { name: d.personName, function: d.personFunction })}</p>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <StatusTag status={d.status} label={t(`declarations.status.${d.status}`)} />
          {d.submittedAt ? (
            <span>{t("declarations.detail.submittedOn", { date: formatDateTime(d.submittedAt, locale) })}</span>
          ) : null}
          {canReach(viewer, "overview") ? (
            <Link href={`/integriteit/audit/${d.id}`}>{t("overview.audit.link")}</Link>
          ) : null}
        </p>
        {d.reference ? <RecordLink id={d.id} /> : null}
      </div>
      <VerdictStory
        td={td}
        locale={locale}
        audience="decider"
        verdict={d.verdict}
        recomputed={d.verdictRecomputed}
        submittedAt={d.submittedAt}
        decisions={d.decisions}
        declarantName={d.personName}
      />
      <Section id="melding" title={t("decisions.screen.answers")}>
        <AnswerList rows={rows} className="mt-2" />
      </Section>
      {recusals ? (
        <Section id="verschoningen" title={t("recusals.decisionPage.heading", { name: d.personName })}>
          {recusals.length === 0 ? (
            <p data-testid="decision-recusals-empty">{t("recusals.decisionPage.empty", { name: d.personName })}</p>
          ) : (
            <RecusalList items={recusals} showPerson={false} decisionLinks testId="decision-recusals" />
          )}
        </Section>
      ) : null}
      {attachments ? <AttachmentList declarationId={d.id} view={attachments} /> : null}
      <MessageList id="berichten" title={t("decisions.screen.messages")} items={d.messages} locale={locale} />
      <DecisionList id="stappen" title={t("decisions.screen.decisions")} items={d.decisions} />
      <Section id="eerder" title={t("decisions.screen.earlier")}>
        {d.giverYear && d.giverYear.count > 1 ? (
          <p className="mt-2 border-l-4 border-amber-600 bg-amber-50 p-3 break-words" data-testid="giver-year">
            {t("verdictStory.giverYear", {
              giver: d.giverYear.name,
              count: d.giverYear.count,
              total: formatMoney(d.giverYear.totalCents, locale),
            })}
          </p>
        ) : null}
        {d.earlier.length === 0 ? (
          <p>{t("decisions.screen.earlierEmpty")}</p>
        ) : (
          <ul className="mt-2 space-y-1" data-testid="earlier">
            {d.earlier.map((e) => (
              <li key={e.id}>
                <Link href={`/beslissen/${e.id}`}>{e.title || "–"}</Link>
                {e.counterparty ? ` · ${e.counterparty}` : ""}
                {e.valueCents !== null ? ` · ${formatMoney(e.valueCents, locale)}` : ""}
                {e.occursOn ? ` · ${formatDate(e.occursOn, locale)}` : ""} · {t(`declarations.status.${e.status}`)}
                {e.sameGiverThisYear ? (
                  <span className="ml-2 rounded bg-amber-100 px-2 text-sm font-semibold text-amber-900">
                    {t("decisions.screen.sameGiver")}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section
        id="besluit"
        title={t("decisions.screen.decide")}
        className="rounded border-2 border-brand p-4 print:hidden"
      >
        {!d.canDecide ? (
          <p className="mt-2">{t("decisions.screen.cannotDecide")}</p>
        ) : (
          <div className="mt-3 space-y-4">
            {d.onBehalfOfName ? (
              <p className="border-l-4 border-sky-700 bg-sky-50 p-3">
                {t("decisions.screen.asDeputy", { name: d.onBehalfOfName })}
              </p>
            ) : null}
            {d.verdict?.decider === "top" ? (
              <p className="border-l-4 border-sky-700 bg-sky-50 p-3">
                {t("decisions.screen.referral", { title: d.verdict.deciderLabel[locale] })}
              </p>
            ) : null}
            <DecisionForm
              action={decideAction}
              id={d.id}
              version={d.version}
              type={d.type}
              kinds={kinds}
              locale={locale}
              labels={{
                kind: t("decisions.form.kind"),
                kinds: Object.fromEntries(kinds.map((k) => [k, t(keyIn("decisions.form", k))])),
                conditions: t("decisions.form.conditions"),
                conditionsHint: t("decisions.form.conditionsHint"),
                reason: t("decisions.form.reason"),
                reasonRefused: t("decisions.form.reasonRefused"),
                reasonInfo: t("decisions.form.reasonInfo"),
                reasonEscalated: t("decisions.form.reasonEscalated"),
                reasonHint: t("decisions.form.reasonHint"),
                destination: t("decisions.form.destination"),
                destinations: Object.fromEntries(
                  ["KEEP", "RETURN", "RAFFLE", "DISTRIBUTE", "DISPLAY", "GENERAL_USE", "CHARITY", "DESTROY"].map(
                    (k) => [k, t(keyIn("decisions.form.destinations", k))],
                  ),
                ),
                handedInOn: t("decisions.form.handedInOn"),
                reassessOn: t("decisions.form.reassessOn"),
                reassessHint: t("decisions.form.reassessHint"),
                submit: t("decisions.form.submit"),
                showFollowUp: t("declarations.noJs.showFollowUp"),
                errorSummaryTitle: t("declarations.form.errorSummaryTitle"),
                errorTitlePrefix: t("declarations.form.errorTitlePrefix"),
                optional: t("declarations.form.optional"),
              }}
              code={{
                stance: codeStance(d.verdict),
                reasonLabel: t("verdictStory.reasonAgainstCode"),
                title: t("verdictStory.confirm.title"),
                body:
                  codeStance(d.verdict) === "permitted"
                    ? t("verdictStory.confirm.body.permitted")
                    : t("verdictStory.confirm.body.not-permitted"),
                consequences: t("verdictStory.confirm.consequences"),
                yourReason: t("verdictStory.confirm.yourReason"),
                submit: t("verdictStory.confirm.submit"),
                back: t("verdictStory.confirm.back"),
              }}
              recusal={
                recusalType
                  ? {
                      heading: t("recusals.form.heading"),
                      hint: t("recusals.form.hint"),
                      kind: t("recusals.form.kind"),
                      kinds: {
                        MATTER: t("recusals.kinds.MATTER"),
                        SUPPLIER: t("recusals.kinds.SUPPLIER"),
                        PERSON: t("recusals.kinds.PERSON"),
                      },
                      subject: t("recusals.form.subject"),
                      subjectHint: t("recusals.form.subjectHint"),
                      endsOn: t("recusals.form.endsOn"),
                      endsOnHint: t("recusals.form.endsOnHint"),
                    }
                  : undefined
              }
            />
          </div>
        )}
      </Section>
    </div>
  );
}
