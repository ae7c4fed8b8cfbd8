import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listOverviewUnits } from "@/lib/overview/data";
import { param, type SearchParams } from "@/lib/overview/schemas";
import { searchDeclarations, type SearchHit } from "@/lib/search/declarations";
import {
  SEARCH_OUTCOMES,
  SEARCH_PAGE_SIZE,
  SEARCH_PARAMS,
  SEARCH_STATUSES,
  parseSearchFilters,
  searchQueryString,
  searchRequested,
} from "@/lib/search/schemas";
import { WOO_EXPORT_MAX_ROWS } from "@/lib/search/woo";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import { DECLARATION_TYPES } from "@/lib/rules";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { keyIn } from "@/lib/i18n/keys";
import { Pagination } from "@/components/ui/pagination";
import { StatusTag } from "@/components/declarations/status-tag";
import { TypeOptions } from "@/components/declarations/type-options";
import { controlProps, filterErrorSummary, FilterField, FilterForm, PeriodFieldset } from "@/components/ui/filter-form";
import { Snippet } from "@/components/search/snippet";
import { Options } from "@/components/ui/options";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { t } = await getT();
  const parsed = parseSearchFilters(await searchParams);
  return { title: `${parsed.ok ? "" : t("declarations.form.errorTitlePrefix")}${t("search.title")}` };
}

const ORDER = [...SEARCH_PARAMS, "pagina"];

/**
 * Search across the organisation's declarations (issue 16 item 3, decision 069): integrity officers only. A GET form,
 * so a search can be bookmarked and works without JavaScript; every search that runs is audited in the data layer.
 */
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireRole("INTEGRITY_OFFICER");
  const { t, locale } = await getT();
  const sp = await searchParams;
  const units = await listOverviewUnits(viewer);
  const parsed = parseSearchFilters(sp);
  const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.fieldErrors };
  // A unit of another organisation (a tampered URL) is bad input: said at the field, and nothing is searched.
  if (parsed.ok && parsed.value.unit && !units.some((u) => u.id === parsed.value.unit)) errors.afdeling = "unitUnknown";
  const valid = parsed.ok && Object.keys(errors).length === 0;
  const result = valid && searchRequested(sp) ? await searchDeclarations(viewer, parsed.value) : null;
  const messages = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, t(keyIn("search.errors", v))]));
  const values = Object.fromEntries(SEARCH_PARAMS.map((f) => [f, param(sp, f)]));
  const p = (name: string, hint = false) => controlProps(name, values[name] ?? "", messages[name], hint);
  const types = Object.fromEntries(DECLARATION_TYPES.map((k) => [k, t(`declarations.types.${k}`)]));
  const href = (page: number) => `/integriteit/zoeken?${parsed.ok ? searchQueryString(parsed.value, page) : ""}`;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold break-words sm:text-3xl">{t("search.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("search.lead")}</p>
      </div>
      <FilterForm
        action="/integriteit/zoeken"
        label={t("search.form.label")}
        search
        testId="search-form"
        submit={t("search.form.submit")}
        reset={t("search.form.reset")}
        summary={filterErrorSummary(t)}
        errors={messages}
        order={ORDER}
      >
        <FilterField name="zoek" label={t("search.form.query")} hint={t("search.form.queryHint")} error={messages.zoek}>
          <input
            type="search"
            autoComplete="off"
            spellCheck={false}
            {...p("zoek", true)}
            className={`${p("zoek").className} sm:w-full`}
          />
        </FilterField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FilterField name="soort" label={t("search.form.type")} error={messages.soort}>
            <select {...p("soort")}>
              <TypeOptions all={t("search.form.allTypes")} types={types} />
            </select>
          </FilterField>
          <FilterField name="status" label={t("search.form.status")} error={messages.status}>
            <select {...p("status")}>
              <Options
                all={t("search.form.allStatuses")}
                options={SEARCH_STATUSES.map((s) => [s, t(`declarations.status.${s}`)])}
              />
            </select>
          </FilterField>
          <FilterField
            name="uitkomst"
            label={t("search.form.outcome")}
            hint={t("search.form.outcomeHint")}
            error={messages.uitkomst}
          >
            <select {...p("uitkomst", true)}>
              <Options
                all={t("search.form.allOutcomes")}
                options={SEARCH_OUTCOMES.map((o) => [o, t(`declarations.decisionOutcome.${o}`)])}
              />
            </select>
          </FilterField>
          <FilterField name="afdeling" label={t("search.form.unit")} error={messages.afdeling}>
            <select {...p("afdeling")}>
              <Options all={t("search.form.allUnits")} options={units.map((u) => [u.id, u.name])} />
            </select>
          </FilterField>
        </div>
        <PeriodFieldset
          legend={t("search.form.periodLegend")}
          hint={t("search.form.periodHint")}
          hintId="search-period-hint"
          from={t("search.form.from")}
          to={t("search.form.to")}
          errors={messages}
          control={p}
        />
      </FilterForm>
      {!result ? (
        valid ? (
          <p data-testid="search-start">{t("search.results.start")}</p>
        ) : null
      ) : (
        <section aria-labelledby="search-count" className="space-y-4">
          <h2 id="search-count" className="text-xl font-bold" data-testid="search-count">
            {t("search.results.count", { count: result.total })}
          </h2>
          {result.total === 0 ? (
            <div data-testid="search-empty" className="max-w-prose">
              <p>{t("search.results.emptyHelp")}</p>
            </div>
          ) : (
            <>
              <div className="max-w-prose space-y-1 rounded border border-neutral-300 bg-neutral-50 p-4">
                <a
                  href={`/integriteit/zoeken/export?${href(1).split("?")[1]}`}
                  className="font-bold"
                  data-testid="search-export"
                  download
                >
                  {t("search.results.export")}
                </a>
                <p className="text-sm text-neutral-700">{t("search.results.exportHint")}</p>
                {result.total > WOO_EXPORT_MAX_ROWS ? (
                  <p className="text-sm font-semibold">
                    {t("search.results.exportLimit", { max: WOO_EXPORT_MAX_ROWS })}
                  </p>
                ) : null}
              </div>
              <ol className="space-y-4" aria-label={t("search.results.caption")} data-testid="search-results">
                {result.hits.map((h) => (
                  <Result key={h.id} hit={h} viewerId={viewer.id} t={t} locale={locale} />
                ))}
              </ol>
              <Pagination
                page={parsed.ok ? parsed.value.page : 1}
                pageCount={Math.ceil(result.total / SEARCH_PAGE_SIZE)}
                href={href}
                label={t("search.results.pages")}
              />
            </>
          )}
        </section>
      )}
    </div>
  );
}

type T = Awaited<ReturnType<typeof getT>>["t"];

/** One hit: the reference as a link to the declaration, who and when, and where the words appear. */
function Result({ hit, viewerId, t, locale }: { hit: SearchHit; viewerId: string; t: T; locale: "nl" | "en" }) {
  // The integrity officer reads anyone else's declaration on the decision page; their own on "Mijn meldingen".
  const path = hit.personId === viewerId ? `/meldingen/${hit.id}` : `/beslissen/${hit.id}`;
  const type = t(`declarations.types.${DB_TO_RULE_TYPE[hit.type]}`);
  return (
    <li className="border-b border-neutral-300 pb-4" data-testid="search-result">
      <h3 className="text-lg font-bold break-words">
        <Link href={path}>
          {type}: {hit.reference ?? t("search.results.noReference")}
        </Link>
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <span>{hit.personName}</span>
        <span className="text-neutral-700">{hit.unitName ?? t("search.results.noUnit")}</span>
        {hit.submittedAt ? (
          <span>
            {t("search.results.submitted")} {formatDate(hit.submittedAt, locale)}
          </span>
        ) : null}
        <StatusTag status={hit.status} label={t(`declarations.status.${hit.status}`)} />
      </p>
      {hit.snippet ? <Snippet text={hit.snippet} /> : null}
    </li>
  );
}
