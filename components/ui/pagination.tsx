import Link from "next/link";

/** Previous / next links with "page x of y"; keeps the other query parameters. */
export function Pagination({
  page,
  pageCount,
  href,
  labels,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  labels: { nav: string; previous: string; next: string; status: string };
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {labels.previous}
        </Link>
      ) : null}
      <span>{labels.status}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          {labels.next}
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
