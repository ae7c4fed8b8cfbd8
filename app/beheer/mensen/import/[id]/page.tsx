import type { Metadata } from "next";
import Link from "next/link";
import { applyImportAction, discardImportAction } from "@/lib/people/actions";
import { getImport } from "@/lib/people/data";
import { lostCharactersIssue } from "@/lib/people/lost-characters";
import type { Outcome } from "@/lib/people/plan-model";
import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { peopleRecordPage } from "@/app/beheer/mensen/record-page";
import { ActionForm } from "@/components/ui/action-form";
import { AdminTabs } from "@/components/people/admin-tabs";
import { ImportRows } from "@/components/people/import-rows";
import { tabLabels } from "@/components/people/labels";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("people.preview.title") };
}

const FILTERS = {
  alle: null,
  nieuw: "new",
  gewijzigd: "changed",
  ongewijzigd: "unchanged",
  afgewezen: "rejected",
} as const satisfies Record<string, Outcome | null>;
type Filter = keyof typeof FILTERS;
const ROWS_PER_PAGE = 100;
const SEPARATOR_KEY = { ";": "semicolon", ",": "comma", "\t": "tab" } as const;

/** The preview of an import: counts, each row's outcome, and "run import" only when no row is rejected. */
export default async function ImportPreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { sp, record: imp, locale, tr } = await peopleRecordPage(params, searchParams, getImport);
  const { counts } = imp;
  const filter: Filter =
    sp.toon && sp.toon in FILTERS ? (sp.toon as Filter) : counts.rejected > 0 ? "afgewezen" : "alle";
  const selected = FILTERS[filter] ? imp.rows.filter((r) => r.outcome === FILTERS[filter]) : imp.rows;
  const pageCount = Math.max(1, Math.ceil(selected.length / ROWS_PER_PAGE));
  const page = Math.min(Math.max(1, Number.parseInt(sp.pagina ?? "1", 10) || 1), pageCount);
  const href = (f: Filter, p = 1) => `/beheer/mensen/import/${imp.id}?toon=${f}${p > 1 ? `&pagina=${p}` : ""}`;
  const filterLabel = (f: Filter) => (f === "alle" ? tr("people.preview.showAll") : tr(`people.preview.${FILTERS[f]}`));
  const changes = counts.new + counts.changed;
  const warned = imp.rows.filter((r) => lostCharactersIssue(r.name)).length;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{tr("people.preview.title")}</h1>
      </div>
      <AdminTabs current="import" inside labels={tabLabels(tr)} />
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="import-meta">
        <dt className="font-semibold">{tr("people.preview.file")}</dt>
        <dd className="break-all">{imp.fileName}</dd>
        <dt className="font-semibold">{tr("people.preview.encoding")}</dt>
        <dd data-testid="encoding">{tr(`people.preview.encodings.${imp.encoding}`)}</dd>
        <dt className="font-semibold">{tr("people.preview.separator")}</dt>
        <dd>{tr(`people.preview.separators.${SEPARATOR_KEY[imp.delimiter]}`)}</dd>
        <dt className="font-semibold">{tr("people.preview.uploadedBy")}</dt>
        <dd>
          {imp.createdByName ?? "–"}, {formatDateTime(imp.createdAt, locale)}
        </dd>
      </dl>
      <Section id="samenvatting" title={tr("people.preview.counts")}>
        <dl className="mt-2 grid grid-cols-2 gap-2 md:grid-cols-4" data-testid="import-counts">
          {(["new", "changed", "unchanged", "rejected"] as const).map((k) => (
            <div
              key={k}
              className={`rounded border p-2 ${k === "rejected" && counts.rejected > 0 ? "border-2 border-error" : "border-neutral-300"}`}
              data-testid={`count-${k}`}
            >
              <dt className="text-sm">{tr(`people.preview.${k}`)}</dt>
              <dd className="text-2xl font-bold">{counts[k]}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3">{tr("people.preview.notDeleted")}</p>
      </Section>

      <section aria-labelledby="uitvoeren" className="rounded border-2 border-brand p-4">
        <h2 id="uitvoeren" className="sr-only">
          {tr("people.preview.apply")}
        </h2>
        {imp.status === "APPLIED" ? (
          <p data-testid="import-status">
            {tr("people.preview.applied", { date: formatDateTime(imp.appliedAt!, locale) })}
          </p>
        ) : imp.status === "DISCARDED" ? (
          <p data-testid="import-status">{tr("people.preview.discarded")}</p>
        ) : counts.rejected > 0 ? (
          <div className="space-y-3">
            <p className="font-bold text-error" data-testid="rejected-intro">
              {tr("people.preview.rejectedIntro", { count: counts.rejected })}
            </p>
            <div className="flex flex-wrap items-start gap-4">
              <Link
                href="/beheer/mensen/import"
                className="inline-block rounded bg-brand px-4 py-2 font-bold text-white no-underline hover:bg-brand-dark hover:text-white"
              >
                {tr("people.preview.uploadOther")}
              </Link>
              <ActionForm action={discardImportAction} hidden={{ id: imp.id }} label={tr("people.preview.discard")} />
            </div>
          </div>
        ) : (
          <div className="space-y-3">
            <p>{changes > 0 ? tr("people.preview.readyIntro") : tr("people.preview.nothingToDo")}</p>
            <div className="flex flex-wrap items-start gap-4">
              {changes > 0 ? (
                <ActionForm
                  action={applyImportAction}
                  hidden={{ id: imp.id }}
                  label={tr("people.preview.apply")}
                  variant="primary"
                />
              ) : null}
              <ActionForm action={discardImportAction} hidden={{ id: imp.id }} label={tr("people.preview.discard")} />
            </div>
          </div>
        )}
      </section>

      {counts.rejected > 0 || warned > 0 ? (
        <Section id="verbeteren" title={tr("people.preview.report")}>
          {warned > 0 ? (
            <p className="mt-2 font-bold" data-testid="warnings-intro">
              {tr("people.preview.warningsIntro", { count: warned })}
            </p>
          ) : null}
          <p className="mt-2">{tr("people.preview.reportHint")}</p>
          <p className="mt-2">
            <a href={`/beheer/mensen/import/${imp.id}/afgewezen`} download data-testid="report-download">
              {tr("people.preview.report")}
            </a>
          </p>
        </Section>
      ) : null}

      <nav aria-label={tr("people.preview.show")}>
        <p className="font-semibold">{tr("people.preview.show")}</p>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {(Object.keys(FILTERS) as Filter[]).map((f) => {
            const n = FILTERS[f] ? counts[FILTERS[f]!] : imp.rows.length;
            return (
              <li key={f}>
                <Link
                  href={href(f)}
                  aria-current={f === filter ? "page" : undefined}
                  className={f === filter ? "font-bold no-underline" : ""}
                >
                  {filterLabel(f)} ({n})
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {selected.length === 0 ? (
        <p>{tr("people.preview.none")}</p>
      ) : (
        <ImportRows
          rows={selected.slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE)}
          caption={tr("people.preview.caption", { filter: filterLabel(filter) })}
          t={tr}
          locale={locale}
        />
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => href(filter, p)} />
    </div>
  );
}
