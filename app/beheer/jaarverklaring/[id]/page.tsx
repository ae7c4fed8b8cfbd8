import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { setPublicationAction } from "@/lib/campaigns/actions";
import { formatDate, formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { CampaignStatus } from "@/components/campaigns/campaign-status";
import { campaignOrNotFound } from "./campaign-or-not-found";
import { FormAlert } from "@/components/ui/form-alert";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("campaigns.title") };
}

const th = "py-2 pr-3 align-bottom last:pr-0";
const td = "py-2 pr-3 align-top last:pr-0";

/** HR: completion per unit, answers by kind, who has not answered, publication, export and closing. */
export default async function CampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ geopend?: string; bewaard?: string; gesloten?: string }>;
}) {
  const viewer = await requireArea("campaigns");
  const { id } = await params;
  const notices = await searchParams;
  const { campaign: c, completion, perUnit, nonResponders } = await campaignOrNotFound(viewer, id);
  const { t, locale } = await getT();
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

      <section aria-labelledby="voortgang">
        <h2 id="voortgang" className="text-xl font-bold">
          {t("campaigns.detail.progressTitle")}
        </h2>
        <p className="mt-2 text-lg font-semibold" data-testid="progress">
          {t("campaigns.detail.answered", {
            answered: completion.answered,
            total: completion.total,
            percent: completion.percent,
          })}
        </p>
        <table className="mt-3 border-collapse text-left" data-testid="counts">
          <caption className="sr-only">{t("campaigns.detail.countsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-neutral-700">
              <th scope="col" className={th}>
                {t("campaigns.detail.countsAnswer")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("campaigns.detail.countsNumber")}
              </th>
            </tr>
          </thead>
          <tbody>
            {(["COMPLETE", "NOTHING_TO_DECLARE"] as const).map((answer) => (
              <tr key={answer} className="border-b border-neutral-300" data-answer={answer}>
                <th scope="row" className={`${td} font-normal`}>
                  {t(`campaigns.answers.${answer}`)}
                </th>
                <td className={`${td} text-right`}>{completion.counts[answer]}</td>
              </tr>
            ))}
            <tr className="border-b border-neutral-300" data-answer="NONE">
              <th scope="row" className={`${td} font-normal`}>
                {t("campaigns.detail.noAnswer")}
              </th>
              <td className={`${td} text-right`}>{completion.total - completion.answered}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="per-afdeling">
        <h2 id="per-afdeling" className="text-xl font-bold">
          {t("campaigns.detail.perUnitTitle")}
        </h2>
        <table className="mt-3 w-full border-collapse text-left" data-testid="per-unit">
          <caption className="mb-2 text-left text-neutral-700">{t("campaigns.detail.unitNote")}</caption>
          <thead>
            <tr className="border-b-2 border-neutral-700">
              <th scope="col" className={th}>
                {t("campaigns.detail.unit")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("campaigns.detail.answeredColumn")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                <span aria-hidden="true">%</span>
                <span className="sr-only">{t("campaigns.detail.percentColumn")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {perUnit.map((u) => (
              <tr key={u.unitId ?? "none"} className="border-b border-neutral-300" data-testid="unit-row">
                <th scope="row" className={`${td} font-normal wrap-anywhere hyphens-auto`}>
                  {u.unitName ?? t("campaigns.detail.noUnit")}
                </th>
                <td className={`${td} text-right`}>
                  {t("campaigns.detail.ofTotal", { answered: u.answered, total: u.total })}
                </td>
                <td className={`${td} text-right`}>{u.percent}%</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-neutral-700 font-bold">
              <th scope="row" className={td}>
                {t("campaigns.detail.totalRow")}
              </th>
              <td className={`${td} text-right`}>
                {t("campaigns.detail.ofTotal", { answered: completion.answered, total: completion.total })}
              </td>
              <td className={`${td} text-right`}>{completion.percent}%</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section aria-labelledby="geen-antwoord">
        <h2 id="geen-antwoord" className="text-xl font-bold">
          {t("campaigns.detail.nonRespondersTitle")}
        </h2>
        {nonResponders.length === 0 ? (
          <p className="mt-2">{t("campaigns.detail.allAnswered")}</p>
        ) : (
          <>
            {/* A table from tablet width on; on a phone the same people as a list, so nothing scrolls sideways. */}
            <table className="mt-3 hidden w-full border-collapse text-left md:table" data-testid="non-responders">
              <caption className="sr-only">{t("campaigns.detail.nonRespondersCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-neutral-700">
                  <th scope="col" className={th}>
                    {t("campaigns.detail.name")}
                  </th>
                  <th scope="col" className={th}>
                    {t("campaigns.detail.unit")}
                  </th>
                  <th scope="col" className={th}>
                    {t("campaigns.detail.manager")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {nonResponders.map((p) => (
                  <tr key={p.id} className="border-b border-neutral-300" data-testid="non-responder">
                    <th scope="row" className={`${td} font-normal`}>
                      {p.name}
                    </th>
                    <td className={td}>{p.unitName ?? t("campaigns.detail.noUnit")}</td>
                    <td className={td}>{p.managerName ?? t("campaigns.detail.noManager")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
          </>
        )}
      </section>

      <section aria-labelledby="publicatie" className="rounded border border-neutral-300 p-4">
        <h2 id="publicatie" className="text-xl font-bold">
          {t("campaigns.detail.publicationTitle")}
        </h2>
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
      </section>

      <section aria-labelledby="export">
        <h2 id="export" className="text-xl font-bold">
          {t("campaigns.detail.exportTitle")}
        </h2>
        <p className="mt-1 max-w-prose">{t("campaigns.detail.exportHint")}</p>
        <p className="mt-2">
          <a href={`/beheer/jaarverklaring/${c.id}/export`} download className="font-bold">
            {t("campaigns.detail.exportLink")}
          </a>
        </p>
      </section>

      {c.status === "OPEN" ? (
        <section aria-labelledby="sluiten">
          <h2 id="sluiten" className="text-xl font-bold">
            {t("campaigns.detail.closeTitle")}
          </h2>
          <p className="mt-1 max-w-prose">{t("campaigns.detail.closeHint")}</p>
          <p className="mt-2">
            <Link
              href={`/beheer/jaarverklaring/${c.id}/sluiten`}
              className="inline-block rounded border-2 border-error px-4 py-2 font-bold text-error no-underline hover:bg-red-50"
            >
              {t("campaigns.detail.closeLink")}
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
