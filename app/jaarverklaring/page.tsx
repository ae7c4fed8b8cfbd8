import type { Metadata } from "next";
import Link from "next/link";
import { hasRole, requireUser } from "@/lib/auth/session";
import { answerCampaignAction } from "@/lib/campaigns/actions";
import { getMyCampaign } from "@/lib/campaigns/data";
import { CAMPAIGN_ANSWERS } from "@/lib/campaigns/schemas";
import { formatDate, formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import type { DeclarationType } from "@/lib/rules";
import { AnswerForm } from "@/components/campaigns/answer-form";
import { CampaignStatus } from "@/components/campaigns/campaign-status";
import { StatusTag } from "@/components/declarations/status-tag";
import { FormAlert } from "@/components/ui/form-alert";
import { Section } from "@/components/ui/section";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("campaigns.title") };
}

/** The declaration types people most often forget; the "Melden" page has them all. */
const WHAT_COUNTS: DeclarationType[] = [
  "gift",
  "invitation",
  "side-job",
  "financial-interest",
  "trip-extension",
  "job-move",
];

/** Everyone: the campaign, what counts, what you filed this year, and your answer. Managers: their team, if HR published it. */
export default async function MyCampaignPage({ searchParams }: { searchParams: Promise<{ beantwoord?: string }> }) {
  const viewer = await requireUser();
  const { beantwoord } = await searchParams;
  const { t, locale } = await getT();
  const mine = await getMyCampaign(viewer);
  if (!mine) {
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">{t("campaigns.title")}</h1>
        <p className="max-w-prose text-lg">{t("campaigns.mine.lead")}</p>
        <p data-testid="no-campaign">{t("campaigns.mine.none")}</p>
      </div>
    );
  }
  const { campaign: c, response, blocked, filed, drafts, team } = mine;
  const year = c.year;
  const filedAfterNothing = response?.answer === "NOTHING_TO_DECLARE" && filed.some((d) => d.afterAnswer);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("campaigns.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("campaigns.mine.lead")}</p>
      </div>
      {beantwoord ? (
        <FormAlert tone="success" testId="notice">
          {t("campaigns.mine.noticeAnswered")}
        </FormAlert>
      ) : null}
      <div className="rounded border-2 border-brand p-4">
        <h2 className="text-xl font-bold break-words hyphens-auto sm:text-2xl">{c.title}</h2>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <CampaignStatus status={c.status} label={t(`campaigns.status.${c.status}`)} />
          <span className="font-semibold" data-testid="due">
            {c.status === "OPEN"
              ? t("campaigns.mine.dueOn", { date: formatDate(c.dueOn, locale) })
              : t("campaigns.mine.closed", { date: formatDate(c.closedAt!, locale) })}
          </span>
        </p>
      </div>

      <Section id="wat-telt" title={t("campaigns.mine.whatCountsTitle")}>
        <p className="mt-2">{t("campaigns.mine.whatCountsLead", { year })}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {WHAT_COUNTS.map((type) => (
            <li key={type}>
              <Link href={`/melden/${type}`}>{t(`declarations.types.${type}`)}</Link>
            </li>
          ))}
        </ul>
        <p className="mt-2">{t("campaigns.mine.whatCountsMore")}</p>
        <p className="mt-3">
          <Link href="/melden" className={buttonClass("secondary")}>
            {t("campaigns.mine.declareLink")}
          </Link>
        </p>
      </Section>

      <Section id="gemeld" title={t("campaigns.mine.filedTitle", { year })}>
        {filed.length === 0 ? (
          <p className="mt-2">{t("campaigns.mine.filedNone", { year })}</p>
        ) : (
          <ul className="mt-2 divide-y divide-neutral-300 border-y border-neutral-300" data-testid="filed">
            {filed.map((d) => (
              <li key={d.id} className="grid gap-1 py-3 md:grid-cols-[1fr_auto]" data-testid="filed-row">
                <div>
                  <p className="text-sm text-neutral-700">{t(`declarations.types.${d.type}`)}</p>
                  <Link href={`/meldingen/${d.id}`} className="font-bold break-words">
                    {d.title || t("campaigns.mine.untitled")}
                  </Link>
                  <p className="text-sm">{formatDate(d.submittedAt, locale)}</p>
                  {d.afterAnswer ? (
                    <p className="mt-1 w-fit rounded bg-sky-100 px-2 text-sm font-semibold text-sky-900">
                      {t("campaigns.mine.afterAnswer")}
                    </p>
                  ) : null}
                </div>
                <div>
                  <StatusTag status={d.status} label={t(`declarations.status.${d.status}`)} />
                </div>
              </li>
            ))}
          </ul>
        )}
        {drafts > 0 ? (
          <p className="mt-3 border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="drafts">
            {t("campaigns.mine.drafts", { count: drafts })}
          </p>
        ) : null}
        <p className="mt-3">
          <Link href="/meldingen">{t("campaigns.mine.allMine")}</Link>
        </p>
      </Section>

      <Section id="antwoord" title={t("campaigns.mine.answerTitle")} className="rounded border border-neutral-300 p-4">
        <p className="mt-2 font-semibold" data-testid="my-answer">
          {response
            ? t("campaigns.mine.yourAnswer", {
                date: formatDateTime(response.respondedAt, locale),
                answer: t(`campaigns.answers.${response.answer}`),
              })
            : t(c.status === "OPEN" ? "campaigns.mine.notAnswered" : "campaigns.mine.didNotAnswer")}
        </p>
        {filedAfterNothing ? (
          <p className="mt-3 border-l-4 border-sky-700 bg-sky-50 p-3" data-testid="filed-after-nothing">
            {t("campaigns.mine.filedAfterNothing")}
          </p>
        ) : null}
        {blocked ? (
          <p className="mt-3 border-l-4 border-neutral-500 bg-neutral-100 p-3" data-testid="blocked">
            {t(`campaigns.mine.blocked.${blocked}`)}
          </p>
        ) : (
          <div className="mt-4 space-y-4">
            {response ? <p>{t("campaigns.mine.changeUntil", { date: formatDate(c.dueOn, locale) })}</p> : null}
            <AnswerForm
              action={answerCampaignAction}
              campaignId={c.id}
              current={response?.answer ?? null}
              locale={locale}
              labels={{
                question: t("campaigns.mine.question"),
                options: CAMPAIGN_ANSWERS.map((a) => ({
                  value: a,
                  label: t(`campaigns.answers.${a}`),
                  hint: t(`campaigns.answerHints.${a}`),
                })),
                statementTitle: t("campaigns.mine.statementTitle"),
                statement: t("campaigns.mine.statement"),
                submit: response ? t("campaigns.mine.submitChange") : t("campaigns.mine.submit"),
                errorSummaryTitle: t("declarations.form.errorSummaryTitle"),
                errorTitlePrefix: t("declarations.form.errorTitlePrefix"),
                optional: t("declarations.form.optional"),
              }}
            />
          </div>
        )}
      </Section>

      {team || (c.status === "OPEN" && hasRole(viewer, "MANAGER")) ? (
        <Section id="team" title={t("campaigns.mine.teamTitle")}>
          {!team ? null : team.length === 0 ? (
            <p className="mt-2">{t("campaigns.mine.teamNone")}</p>
          ) : (
            <>
              <p className="mt-2">{t("campaigns.mine.teamLead")}</p>
              <ul className="mt-2 list-disc pl-6" data-testid="team-non-responders">
                {team.map((p) => (
                  <li key={p.id}>{p.name}</li>
                ))}
              </ul>
            </>
          )}
          {c.status === "OPEN" && hasRole(viewer, "MANAGER") ? (
            <p className="mt-2">
              <Link href="/jaarverklaring/team" data-testid="team-link">
                {t("reminders.team.link")}
              </Link>
            </p>
          ) : null}
        </Section>
      ) : null}
    </div>
  );
}
