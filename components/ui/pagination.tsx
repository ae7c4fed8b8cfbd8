import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/**
 * Previous / next links with "Pagina x van y" (the texts are the kit's own, ui.pagination); `href` keeps the other
 * query parameters. The caller names the list in `label` ("Pagina's van de wachtende meldingen"); without it the
 * navigation is called "Pagina's". Nothing when there is one page.
 */
export async function Pagination({
  page,
  pageCount,
  href,
  label,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  const { t } = await getT();
  return (
    <nav aria-label={label ?? t("ui.pagination.nav")} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("ui.pagination.previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("ui.pagination.status", { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          {t("ui.pagination.next")}
        </Link>
      ) : null}
    </nav>
  );
}

/** A page number from the query string: 1 when absent or odd, never beyond `max`. */
export function pageParam(value: string | string[] | undefined, max = 10_000): number {
  const n = Number(typeof value === "string" ? value : 1);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : 1;
}
