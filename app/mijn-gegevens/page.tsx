import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import Link from "next/link";
import { listMyDeclarations } from "@/lib/declarations/reads";
import { CATALOGUE } from "@/lib/privacy/catalogue";
import { retentionOfMyOrganisation } from "@/lib/privacy/data";
import { collectMyData } from "@/lib/privacy/my-data";
import { retentionText } from "@/components/privacy/present";
import { Table } from "@/components/ui/table";
import { keyIn } from "@/lib/i18n/keys";
import { Section } from "@/components/ui/section";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("privacy.myData.title") };
}

/** "My data": a readable summary of what the portal keeps about the viewer, and the download of all of it. */
export default async function MyDataPage() {
  const viewer = await requireUser();
  const { t, locale } = await getT();
  // The list with the titles drafts will get (as "Mijn meldingen" shows them); the counts from the export itself.
  const [data, declarations] = await Promise.all([collectMyData(viewer), listMyDeclarations(viewer)]);
  const months = await retentionOfMyOrganisation(viewer);
  const p = data.person;
  const rows: [string, number][] = [
    ["declarations", data.declarations.length],
    ["decisions", data.declarations.reduce((n, d) => n + d.decisions.length, 0)],
    ["messages", data.declarations.reduce((n, d) => n + d.messages.length, 0)],
    ["decisionsYouMade", data.decisionsYouMade.length],
    ["registerEntries", data.registerEntries.length],
    ["notifications", data.notifications.length],
    ["emailsSent", data.emailsSent.length],
    ["campaignResponses", data.campaignResponses.length],
    ["delegations", data.deputiesYouNamed.length + data.deputyFor.length],
    ["auditEvents", data.auditEvents.length],
  ];
  const personal = CATALOGUE.filter(
    (g) =>
      g.personal &&
      [
        "person-identity",
        "person-position",
        "declaration-contents",
        "decision",
        "register-entry",
        "notification",
        "campaign-response",
        "audit-event",
      ].includes(g.id),
  );
  const none = t("privacy.myData.none");
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("privacy.myData.title")}</h1>
        <p className="max-w-prose text-lg">{t("privacy.myData.lead")}</p>
        <p>
          {/* A plain link, not next/link: a download is never prefetched (it writes an audit event). */}
          <a href="/mijn-gegevens/download" download className={buttonClass()} data-testid="download">
            {t("privacy.myData.download")}
          </a>
        </p>
        <p className="max-w-prose text-neutral-700">{t("privacy.myData.downloadHint")}</p>
        <p>
          <Link href="/mijn-gegevens/overzicht" data-testid="report-link">
            {t("privacy.report.link")}
          </Link>
        </p>
      </div>

      <Section id="over-jou" title={t("privacy.myData.personHeading")} size="2xl">
        <dl
          className="mt-3 grid grid-cols-[minmax(0,1fr)] gap-x-4 gap-y-1 [overflow-wrap:anywhere] md:grid-cols-[14rem_minmax(0,1fr)]"
          data-testid="person"
        >
          <dt className="font-semibold">{t("privacy.myData.name")}</dt>
          <dd>{p.name}</dd>
          <dt className="font-semibold">{t("privacy.myData.email")}</dt>
          <dd className="break-words">{p.email}</dd>
          <dt className="font-semibold">{t("privacy.myData.functionTitle")}</dt>
          <dd>{p.functionTitle}</dd>
          <dt className="font-semibold">{t("privacy.myData.organisation")}</dt>
          <dd>{p.organisation}</dd>
          <dt className="font-semibold">{t("privacy.myData.unit")}</dt>
          <dd>{p.unit ?? none}</dd>
          <dt className="font-semibold">{t("privacy.myData.manager")}</dt>
          <dd>{p.manager ?? none}</dd>
          <dt className="font-semibold">{t("privacy.myData.salaryScale")}</dt>
          <dd>{p.salaryScale ?? none}</dd>
          <dt className="font-semibold">{t("privacy.myData.roles")}</dt>
          <dd>{p.roles.map((r) => t(`roles.${r}`)).join(", ")}</dd>
          <dt className="font-semibold">{t("privacy.myData.employment")}</dt>
          <dd>{p.employmentStart ? formatDate(p.employmentStart, locale) : none}</dd>
        </dl>
      </Section>

      <Section id="wat-bewaard" title={t("privacy.myData.summaryHeading")} size="2xl">
        <Table
          caption={t("privacy.myData.summaryCaption")}
          headers={[t("privacy.myData.kind"), t("privacy.myData.count")]}
          numeric={[1]}
          testId="my-data-summary"
          className="mt-3"
        >
          {rows.map(([key, count]) => (
            <tr key={key} className="border-b border-neutral-300" data-testid={`summary-${key}`}>
              <th scope="row" className="py-2 pr-4 font-normal">
                {t(keyIn("privacy.myData.rows", key))}
              </th>
              <td className="py-2 text-right">{count}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section id="je-meldingen" title={t("privacy.myData.declarationsHeading")} size="2xl">
        {declarations.length === 0 ? (
          <p className="mt-2">{t("privacy.myData.noDeclarations")}</p>
        ) : (
          <Table
            caption={t("privacy.myData.declarationsCaption")}
            headers={[t("privacy.myData.declarationTitle"), t("privacy.myData.declarationStatus")]}
            testId="my-declarations"
            className="mt-3"
          >
            {declarations.map((d) => (
              <tr key={d.id} className="border-b border-neutral-300 align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/meldingen/${d.id}`} className="block break-words">
                    {d.title || t("privacy.myData.untitled")}
                  </Link>
                  <span className="block text-sm text-neutral-700">{t(`declarations.types.${d.type}`)}</span>
                </th>
                <td className="py-2">{t(`declarations.status.${d.statusKey}`)}</td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section id="waarom" title={t("privacy.myData.whyHeading")} size="2xl">
        <p className="mt-2 max-w-prose">{t("privacy.myData.whyLead")}</p>
        <div className="mt-3 space-y-4">
          {personal.map((g) => (
            <article key={g.id} aria-labelledby={`waarom-${g.id}`}>
              <h3 id={`waarom-${g.id}`} className="text-lg font-bold">
                {g.title[locale]}
              </h3>
              <p>
                <span className="font-semibold">{t("privacy.catalogue.data")}:</span> {g.data[locale]}
              </p>
              <p>
                <span className="font-semibold">{t("privacy.catalogue.purpose")}:</span> {g.purpose[locale]}
              </p>
              <p className="text-neutral-700">
                {t("privacy.myData.keptFor", { period: retentionText(t, g.retention, months) })}
              </p>
            </article>
          ))}
        </div>
      </Section>

      <Section id="niet-in-bestand" title={t("privacy.myData.notIncludedHeading")} size="2xl">
        <p className="mt-2 max-w-prose">{t("privacy.myData.notIncluded")}</p>
      </Section>

      <Section id="rechten" title={t("privacy.myData.rightsHeading")} size="2xl">
        <p className="mt-2 max-w-prose">{t("privacy.myData.rights")}</p>
      </Section>
    </div>
  );
}
