import type { Metadata } from "next";
import Link from "next/link";
import type { RegisterEntryStatus } from "@/lib/generated/prisma/client";
import { requireArea } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/format";
import { countRegisterForHr, listRegisterForHr } from "@/lib/register/data";
import { END_REASON_TEXT } from "@/lib/register/columns";
import { FormAlert } from "@/components/ui/form-alert";
import { Table, tableClasses } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("register.admin.title") };
}

const TABS: { status: Exclude<RegisterEntryStatus, "ERASED">; param: string }[] = [
  { status: "PENDING_REVIEW", param: "te-publiceren" },
  { status: "PUBLISHED", param: "gepubliceerd" },
  { status: "ENDED", param: "beeindigd" },
];

/** HR's register: entries waiting for review, published ones, and those taken off. */
export default async function RegisterAdminPage({
  searchParams,
}: {
  searchParams: Promise<{ lijst?: string; gepubliceerd?: string; verwijderd?: string; gewist?: string }>;
}) {
  const viewer = await requireArea("register");
  const { t, locale } = await getT();
  const search = await searchParams;
  const tab = TABS.find((x) => x.param === search.lijst) ?? TABS[0]!;
  const [counts, entries] = await Promise.all([countRegisterForHr(viewer), listRegisterForHr(viewer, tab.status)]);
  const c = tableClasses();
  return (
    <div className="space-y-6">
      <div className="max-w-prose space-y-2">
        <h1 className="text-3xl font-bold">{t("register.admin.title")}</h1>
        <p className="text-lg">{t("register.admin.lead")}</p>
        <p>
          <Link href={`/register/${viewer.organisationSlug}`}>{t("register.admin.viewPublic")}</Link>
        </p>
      </div>
      {search.gepubliceerd ? <FormAlert tone="success">{t("register.admin.publishedNotice")}</FormAlert> : null}
      {search.gewist ? <FormAlert tone="success">{t("register.admin.erasedNotice")}</FormAlert> : null}
      {search.verwijderd ? <FormAlert tone="success">{t("register.admin.removedNotice")}</FormAlert> : null}
      <nav aria-label={t("register.admin.tabs")}>
        <ul className="flex flex-wrap gap-4 border-b border-neutral-300">
          {TABS.map((x) => (
            <li key={x.status}>
              <Link
                href={`/beheer/register?lijst=${x.param}`}
                aria-current={x.status === tab.status ? "page" : undefined}
                className={`inline-block px-2 py-2 ${x.status === tab.status ? "border-b-4 border-brand font-bold" : ""}`}
              >
                {t(`register.admin.tab.${x.status}`, { count: counts[x.status] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {entries.length === 0 ? (
        <p data-testid="register-admin-empty">{t(`register.admin.empty.${tab.status}`)}</p>
      ) : (
        <Table
          caption={t(`register.admin.tab.${tab.status}`, { count: counts[tab.status] })}
          region={t(`register.admin.tab.${tab.status}`, { count: counts[tab.status] })}
          testId="register-admin-table"
          headers={[
            t("register.table.name"),
            t("register.table.sideJob"),
            t("register.table.organisation"),
            tab.status === "PENDING_REVIEW"
              ? t("register.admin.waitingSince")
              : tab.status === "PUBLISHED"
                ? t("register.admin.publishedOn")
                : t("register.admin.endedOn"),
            t("register.admin.actions"),
          ]}
          hiddenHeaders={[4]}
        >
          {entries.map((e) => (
            <tr key={e.id} className={c.row}>
              <th scope="row" className={c.rowHeader}>
                {e.personName}
                <br />
                <span className="text-sm text-neutral-700">{e.functionTitle}</span>
              </th>
              <td className={c.cell}>{e.sideJob}</td>
              <td className={c.cell}>{e.sideJobOrganisation}</td>
              <td className={c.cell}>
                {tab.status === "PENDING_REVIEW" ? (
                  formatDate(e.createdAt, locale)
                ) : tab.status === "PUBLISHED" ? (
                  e.publishedAt ? (
                    formatDateTime(e.publishedAt, locale)
                  ) : (
                    ""
                  )
                ) : (
                  <>
                    {e.endedAt ? formatDate(e.endedAt, locale) : ""}
                    {e.endReason ? (
                      <>
                        <br />
                        <span className="text-sm">
                          {END_REASON_TEXT[e.endReason as keyof typeof END_REASON_TEXT][locale]}
                        </span>
                      </>
                    ) : null}
                  </>
                )}
              </td>
              <td className={c.cell}>
                {tab.status !== "ENDED" || e.publishedAt ? (
                  <Link href={`/beheer/register/${e.id}`}>
                    {tab.status === "PENDING_REVIEW" ? t("register.admin.review") : t("register.admin.manage")}
                    <span className="sr-only">
                      : {e.personName}, {e.sideJobOrganisation}
                    </span>
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
