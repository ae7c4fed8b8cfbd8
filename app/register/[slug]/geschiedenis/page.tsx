import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import { END_REASON_TEXT } from "@/lib/register/columns";
import { DOWNLOAD_FORMATS } from "@/lib/register/export";
import { PAGE_SIZE, getPublicOrganisation, listHistory } from "@/lib/register/public";
import { Pagination, pageParam } from "@/components/ui/pagination";
import { Table, tableClasses } from "@/components/ui/table";
import { Section } from "@/components/ui/section";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getT();
  const org = await getPublicOrganisation((await params).slug);
  return { title: org ? t("register.history.title", { organisation: org.name }) : t("register.public.notFound") };
}

/** What was added to or taken off the public register, and when. */
export default async function RegisterHistoryPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ pagina?: string }>;
}) {
  const org = await getPublicOrganisation((await params).slug);
  if (!org) notFound();
  const { t, locale } = await getT();
  const page = pageParam((await searchParams).pagina);
  const { events, total } = await listHistory(org.id, page);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const base = `/register/${org.slug}`;
  const c = tableClasses();
  return (
    <div className="space-y-6">
      <div className="max-w-prose space-y-3">
        <p>
          <Link href={base}>{t("register.history.back")}</Link>
        </p>
        <h1 className="text-3xl font-bold">{t("register.history.title", { organisation: org.name })}</h1>
        <p>{t("register.history.lead")}</p>
      </div>
      {events.length === 0 ? (
        <p data-testid="history-empty">{t("register.history.empty")}</p>
      ) : (
        <Table
          caption={t("register.history.caption", { count: total })}
          captionVisible
          captionClassName="mb-2 font-bold"
          region={t("register.history.region")}
          testId="history-table"
          headers={[
            ...(["date", "change"] as const).map((k) => t(`register.history.${k}`)),
            ...(["number", "name", "sideJob", "organisation"] as const).map((k) => t(`register.table.${k}`)),
          ]}
        >
          {events.map((e) => (
            <tr key={`${e.row.id}-${e.kind}`} data-kind={e.kind} className={c.row}>
              <td className={`${c.cell} whitespace-nowrap`}>{formatDate(e.at, locale)}</td>
              <td className={c.cell}>
                {e.kind === "added"
                  ? t("register.history.added")
                  : e.kind === "corrected"
                    ? t("register.history.corrected")
                    : `${t("register.history.ended")}: ${e.row.endReason ? END_REASON_TEXT[e.row.endReason][locale] : ""}`}
              </td>
              <td className={`${c.cell} whitespace-nowrap`}>{e.row.registerNumber ?? ""}</td>
              <th scope="row" className={c.rowHeader}>
                {e.row.personName}
              </th>
              <td className={c.cell}>{e.row.sideJob}</td>
              <td className={c.cell}>{e.row.sideJobOrganisation}</td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => `${base}/geschiedenis?pagina=${p}`} />
      <Section id="downloads" title={t("register.history.downloadsTitle")} size="2xl" className="space-y-2">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {DOWNLOAD_FORMATS.map((f) => (
            <li key={f}>
              <a href={`${base}/download?lijst=geschiedenis&formaat=${f}`} download>
                {t(`register.public.download.${f}`)}
              </a>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
