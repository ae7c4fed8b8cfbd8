import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import type { RetentionCategory } from "@/lib/generated/prisma/enums";
import { CATALOGUE } from "@/lib/privacy/catalogue";
import { getRetentionSettings, listPurgeRuns } from "@/lib/privacy/data";
import { periodText, RemovedList, retentionText } from "@/components/privacy/present";
import { Table, tableClasses } from "@/components/ui/table";
import { FormAlert } from "@/components/ui/form-alert";
import { Section } from "@/components/ui/section";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("privacy.admin.title") };
}

/** Privacy (AVG) for HR and administrators: retention periods, purge runs and the processing register. */
export default async function PrivacyAdminPage({
  searchParams,
}: {
  searchParams: Promise<{ opgeslagen?: string; opgeruimd?: string }>;
}) {
  const viewer = await requireArea("privacy");
  const { t, locale } = await getT();
  const { opgeslagen, opgeruimd } = await searchParams;
  const [settings, runs] = await Promise.all([getRetentionSettings(viewer), listPurgeRuns(viewer)]);
  const rt = tableClasses();
  const months = Object.fromEntries(settings.map((s) => [s.category, s.months])) as Record<RetentionCategory, number>;
  const savedCount = opgeslagen !== undefined && /^\d+$/.test(opgeslagen) ? Number(opgeslagen) : null;
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("privacy.admin.title")}</h1>
        <p className="max-w-prose text-lg">{t("privacy.admin.lead")}</p>
        <p className="max-w-prose border-l-4 border-warn bg-amber-50 p-3" data-testid="proposal-note">
          {t("privacy.admin.proposalNote")}
        </p>
        {savedCount !== null ? (
          <FormAlert tone="success" testId="notice">
            {t("privacy.admin.saved", { count: savedCount })}
          </FormAlert>
        ) : null}
        {opgeruimd ? (
          <FormAlert tone="success" testId="notice">
            {t("privacy.admin.purged")}
          </FormAlert>
        ) : null}
        <nav aria-labelledby="op-deze-pagina">
          <h2 id="op-deze-pagina" className="font-bold">
            {t("privacy.admin.contents")}
          </h2>
          <ul className="mt-1 list-disc pl-6">
            <li>
              <a href="#bewaartermijnen">{t("privacy.retention.heading")}</a>
            </li>
            <li>
              <a href="#opruimen">{t("privacy.purge.heading")}</a>
            </li>
            <li>
              <a href="#verwerkingsregister">{t("privacy.catalogue.heading")}</a>
            </li>
          </ul>
        </nav>
      </div>

      <Section id="bewaartermijnen" title={t("privacy.retention.heading")} size="2xl" className="space-y-4">
        <Table
          caption={t("privacy.retention.caption")}
          headers={[t("privacy.retention.category"), t("privacy.retention.period")]}
          testId="retention-table"
        >
          {settings.map((s) => (
            <tr key={s.category} className={rt.row} data-testid="retention-row" data-category={s.category}>
              <th scope="row" className="py-3 pr-4 font-normal">
                <span className="block font-bold">{t(`privacy.categories.${s.category}.name`)}</span>
                <span className="block text-sm text-neutral-700">
                  {t(`privacy.categories.${s.category}.description`)}
                </span>
              </th>
              <td className="py-3 whitespace-nowrap" data-testid="retention-period">
                {periodText(t, s.months)}
                <span className="block text-sm text-neutral-700">
                  {s.isDefault ? t("privacy.retention.isProposal") : t("privacy.retention.changed")}
                </span>
              </td>
            </tr>
          ))}
        </Table>
        <p>
          <Link href="/beheer/privacy/bewaartermijnen" className={buttonClass("secondary")}>
            {t("privacy.retention.change")}
          </Link>
        </p>
      </Section>

      <Section id="opruimen" title={t("privacy.purge.heading")} size="2xl" className="space-y-4">
        <p className="max-w-prose">{t("privacy.purge.lead")}</p>
        <p className="max-w-prose">{t("privacy.purge.kept")}</p>
        <p>
          <Link href="/beheer/privacy/opruimen" className={buttonClass()}>
            {t("privacy.purge.runNow")}
          </Link>
        </p>
        <h3 id="opruimrondes" tabIndex={-1} className="text-xl font-bold">
          {t("privacy.purge.runsHeading")}
        </h3>
        {runs.length === 0 ? (
          <p>{t("privacy.purge.none")}</p>
        ) : (
          <Table
            caption={t("privacy.purge.runsCaption")}
            headers={[t("privacy.purge.when"), t("privacy.purge.by"), t("privacy.purge.removed")]}
            testId="purge-runs"
          >
            {runs.map((run) => (
              <tr key={run.id} className={rt.row} data-testid="purge-run" data-run-id={run.id}>
                <td className="py-3 pr-4">
                  {formatDateTime(run.startedAt, locale)}
                  {run.finishedAt ? null : (
                    <span className="block text-sm font-semibold text-warn">{t("privacy.purge.notFinished")}</span>
                  )}
                </td>
                <td className="py-3 pr-4">
                  {run.trigger === "schedule"
                    ? t("privacy.purge.schedule")
                    : (run.personName ?? t("privacy.purge.unknownPerson"))}
                </td>
                <td className="py-3">
                  <RemovedList t={t} counts={run.removed} />
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section id="verwerkingsregister" title={t("privacy.catalogue.heading")} size="2xl" className="space-y-4">
        <p className="max-w-prose">{t("privacy.catalogue.lead")}</p>
        <div className="space-y-6" data-testid="catalogue">
          {CATALOGUE.map((group) => (
            <article
              key={group.id}
              aria-labelledby={`groep-${group.id}`}
              className="rounded border border-neutral-300 p-4"
              data-testid="catalogue-group"
            >
              <h3 id={`groep-${group.id}`} className="text-lg font-bold">
                {group.title[locale]}
              </h3>
              {group.personal ? null : (
                <p className="mt-1 w-fit rounded bg-neutral-200 px-2 text-sm font-semibold">
                  {t("privacy.catalogue.notPersonal")}
                </p>
              )}
              <dl className="mt-2 grid gap-x-4 gap-y-1 md:grid-cols-[12rem_1fr]">
                <dt className="font-semibold">{t("privacy.catalogue.data")}</dt>
                <dd>{group.data[locale]}</dd>
                <dt className="font-semibold">{t("privacy.catalogue.purpose")}</dt>
                <dd>{group.purpose[locale]}</dd>
                <dt className="font-semibold">{t("privacy.catalogue.legalBasis")}</dt>
                <dd>{group.legalBasis[locale]}</dd>
                <dt className="font-semibold">{t("privacy.catalogue.audience")}</dt>
                <dd>{group.audience[locale]}</dd>
                <dt className="font-semibold">{t("privacy.catalogue.retention")}</dt>
                <dd>{retentionText(t, group.retention, months)}</dd>
              </dl>
              <details className="mt-2">
                <summary className="cursor-pointer">{t("privacy.catalogue.fields")}</summary>
                <p className="mt-1 break-words font-mono text-sm">
                  {group.model}: {group.fields.join(", ")}
                </p>
              </details>
            </article>
          ))}
        </div>
      </Section>
    </div>
  );
}
