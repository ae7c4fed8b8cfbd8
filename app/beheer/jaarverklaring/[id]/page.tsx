import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { setPublicationAction } from "@/lib/campaigns/actions";
import { REMINDERS_PER_DAY } from "@/lib/reminders/on-demand";
import { formatDate, formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { CampaignStatus } from "@/components/campaigns/campaign-status";
import { campaignOrNotFound } from "./campaign-or-not-found";
import { FormAlert } from "@/components/ui/form-alert";
import { Table, tableClasses } from "@/components/ui/table";
import { Section } from "@/components/ui/section";
import { CampaignStepSection } from "@/components/campaigns/confirm-step";
import { Pagination, pageParam } from "@/components/ui/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("campaigns.title") };
}

const tc = tableClasses();

/** HR: completion per unit, answers by kind, who has not answered, publication, export and closing. */
export default async function CampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ geopend?: string; bewaard?: string; gesloten?: string; herinnerd?: string; pagina?: string }>;
}) {
  const viewer = await requireArea("campaigns");
  const { id } = await params;
  const notices = await searchParams;
  const overview = await campaignOrNotFound(viewer, id, pageParam(notices.pagina));
  const { campaign: c, completion, perUnit, nonResponders } = overview;
  const { t, locale } = await getT();
  const reminded = notices.herinnerd && /^\d{1,6}$/.test(notices.herinnerd) ? Number(notices.herinnerd) : null;
  const notice = notices.geopend
    ? "noticeOpened"
    : notices.bewaard
      ? "noticeSaved"
      : notices.gesloten
        ? "noticeClosed"
        : null;
  return (
    <div className="space-y-8">
      <div>
        <p>
          <Link href="/beheer/jaarverklaring">{t("campaigns.detail.back")}</Link>
        </p>
        <h1 className="text-2xl font-bold break-words hyphens-auto sm:text-3xl">{c.title}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <CampaignStatus status={c.status} label={t(`campaigns.status.${c.status}`)} />
          <span>{t("campaigns.detail.dueOn", { date: formatDate(c.dueOn, locale) })}</span>
          <span>{t("campaigns.detail.openedOn", { date: formatDate(c.opensOn, locale) })}</span>
          {c.closedAt ? (
            <span>{t("campaigns.detail.closedOn", { date: formatDateTime(c.closedAt, locale) })}</span>
          ) : null}
        </p>
      </div>
      {notice ? (
        <FormAlert tone="success" testId="notice">
          {t(`campaigns.detail.${notice}`)}
        </FormAlert>
      ) : null}
      {reminded !== null ? (
        <FormAlert tone="success" testId="notice-reminded">
          {t("campaigns.detail.noticeReminded", { count: reminded })}
        </FormAlert>
      ) : null}

      <Section id="voortgang" title={t("campaigns.detail.progressTitle")}>
        <p className="mt-2 text-lg font-semibold" data-testid="progress">
          {t("campaigns.detail.answered", {
            answered: completion.answered,
            total: completion.total,
            percent: completion.percent,
          })}
        </p>
        <Table
          caption={t("campaigns.detail.countsCaption")}
          width="auto"
          className="mt-3"
          testId="counts"
          headers={[t("campaigns.detail.countsAnswer"), t("campaigns.detail.countsNumber")]}
          numeric={[1]}
        >
          {(["COMPLETE", "NOTHING_TO_DECLARE"] as const).map((answer) => (
            <tr key={answer} className={tc.row} data-answer={answer}>
              <th scope="row" className={tc.rowHeader}>
                {t(`campaigns.answers.${answer}`)}
              </th>
              <td className={tc.numeric}>{completion.counts[answer]}</td>
            </tr>
          ))}
          <tr className={tc.row} data-answer="NONE">
            <th scope="row" className={tc.rowHeader}>
              {t("campaigns.detail.noAnswer")}
            </th>
            <td className={tc.numeric}>{completion.total - completion.answered}</td>
          </tr>
        </Table>
      </Section>

      <Section id="per-afdeling" title={t("campaigns.detail.perUnitTitle")}>
        <Table
          caption={t("campaigns.detail.unitNote")}
          captionVisible
          captionClassName="mb-2 text-neutral-700"
          className="mt-3"
          testId="per-unit"
          headers={[
            t("campaigns.detail.unit"),
            t("campaigns.detail.answeredColumn"),
            <>
              <span aria-hidden="true">%</span>
              <span className="sr-only">{t("campaigns.detail.percentColumn")}</span>
            </>,
          ]}
          numeric={[1, 2]}
          foot={
            <tr className={tc.footRow}>
              <th scope="row" className={tc.cell}>
                {t("campaigns.detail.totalRow")}
              </th>
              <td className={tc.numeric}>
                {t("campaigns.detail.ofTotal", { answered: completion.answered, total: completion.total })}
              </td>
              <td className={tc.numeric}>{completion.percent}%</td>
            </tr>
          }
        >
          {perUnit.map((u) => (
            <tr key={u.unitId ?? "none"} className={tc.row} data-testid="unit-row">
              <th scope="row" className={`${tc.rowHeader} wrap-anywhere hyphens-auto`}>
                {u.unitName ?? t("campaigns.detail.noUnit")}
              </th>
              <td className={tc.numeric}>{t("campaigns.detail.ofTotal", { answered: u.answered, total: u.total })}</td>
              <td className={tc.numeric}>{u.percent}%</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section id="geen-antwoord" title={t("campaigns.detail.nonRespondersTitle")}>
        {nonResponders.length === 0 ? (
          <p className="mt-2">{t("campaigns.detail.allAnswered")}</p>
        ) : (
          <>
            <p className="mt-2" data-testid="non-responder-count">
              {t("campaigns.detail.nonResponderCount", { count: overview.nonResponderCount })}
            </p>
            {/* A table from tablet width on; on a phone the same people as a list, so nothing scrolls sideways. */}
            <Table
              caption={t("campaigns.detail.nonRespondersCaption")}
              className="mt-3 hidden md:table"
              testId="non-responders"
              headers={[t("campaigns.detail.name"), t("campaigns.detail.unit"), t("campaigns.detail.manager")]}
            >
              {nonResponders.map((p) => (
                <tr key={p.id} className={tc.row} data-testid="non-responder">
                  <th scope="row" className={tc.rowHeader}>
                    {p.name}
                  </th>
                  <td className={tc.cell}>{p.unitName ?? t("campaigns.detail.noUnit")}</td>
                  <td className={tc.cell}>{p.managerName ?? t("campaigns.detail.noManager")}</td>
                </tr>
              ))}
            </Table>
            <ul
              className="mt-3 divide-y divide-neutral-300 border-y border-neutral-300 md:hidden"
              aria-label={t("campaigns.detail.nonRespondersCaption")}
            >
              {nonResponders.map((p) => (
                <li key={p.id} className="py-2">
                  <p className="font-semibold break-words">{p.name}</p>
                  <p className="text-sm break-words">
                    {t("campaigns.detail.unit")}: {p.unitName ?? t("campaigns.detail.noUnit")}
                  </p>
                  <p className="text-sm break-words">
                    {t("campaigns.detail.manager")}: {p.managerName ?? t("campaigns.detail.noManager")}
                  </p>
                </li>
              ))}
            </ul>
            <div className="mt-3">
              <Pagination
                page={overview.page}
                pageCount={overview.pageCount}
                href={(p) => `/beheer/jaarverklaring/${c.id}?pagina=${p}#geen-antwoord`}
                label={t("campaigns.detail.pages")}
              />
            </div>
          </>
        )}
      </Section>

      {c.status === "OPEN" && nonResponders.length > 0 ? (
        <CampaignStepSection
          id="herinneren"
          title={t("campaigns.detail.remindTitle")}
          hint={t("campaigns.detail.remindHint", { perDay: REMINDERS_PER_DAY })}
          href={`/beheer/jaarverklaring/${c.id}/herinneren`}
          link={t("campaigns.detail.remindLink")}
          variant="secondary"
        />
      ) : null}

      <Section
        id="publicatie"
        title={t("campaigns.detail.publicationTitle")}
        className="rounded border border-neutral-300 p-4"
      >
        <p className="mt-2 font-semibold" data-testid="publication">
          {t(c.nonRespondersPublished ? "campaigns.detail.published" : "campaigns.detail.internal")}
        </p>
        <div className="mt-3">
          <ActionForm
            action={setPublicationAction}
            hidden={{ id: c.id, version: c.version }}
            label={t("campaigns.detail.save")}
          >
            <fieldset aria-describedby="publicatie-hint">
              <legend className="text-lg font-bold">{t("campaigns.detail.publicationLegend")}</legend>
              <p id="publicatie-hint" className="mt-1 max-w-prose text-neutral-700">
                {t("campaigns.detail.publicationHint")}
              </p>
              <div className="mt-2 space-y-2">
                {(
                  [
                    ["no", "optionInternal"],
                    ["yes", "optionPublished"],
                  ] as const
                ).map(([value, key]) => (
                  <div key={value} className="flex items-start gap-2">
                    <input
                      id={`published-${value}`}
                      type="radio"
                      name="published"
                      value={value}
                      defaultChecked={c.nonRespondersPublished === (value === "yes")}
                      className="mt-1 h-6 w-6 shrink-0 accent-brand"
                    />
                    <label htmlFor={`published-${value}`} className="cursor-pointer">
                      {t(`campaigns.detail.${key}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </ActionForm>
        </div>
      </Section>

      <Section id="export" title={t("campaigns.detail.exportTitle")}>
        <p className="mt-1 max-w-prose">{t("campaigns.detail.exportHint")}</p>
        <p className="mt-2">
          <a href={`/beheer/jaarverklaring/${c.id}/export`} download className="font-bold">
            {t("campaigns.detail.exportLink")}
          </a>
        </p>
      </Section>

      {c.status === "OPEN" ? (
        <CampaignStepSection
          id="sluiten"
          title={t("campaigns.detail.closeTitle")}
          hint={t("campaigns.detail.closeHint")}
          href={`/beheer/jaarverklaring/${c.id}/sluiten`}
          link={t("campaigns.detail.closeLink")}
          variant="danger"
        />
      ) : null}
    </div>
  );
}
