import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { amsterdamNow, formatDate } from "@/lib/format";
import { API_BASE, OPENAPI_PATH } from "@/lib/register/api";
import { LICENCE, REGISTER_COLUMNS } from "@/lib/register/columns";
import { DOWNLOAD_FORMATS } from "@/lib/register/export";
import {
  PAGE_SIZE,
  getPublicOrganisation,
  listRegister,
  parseRegisterFilters,
  type PublicOrganisation,
  type RegisterFilters,
} from "@/lib/register/public";
import { RegisterTable } from "@/components/register/register-table";
import { registerTableLabels, groupText } from "@/components/register/labels";
import { Pagination, pageParam } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Params = Promise<{ slug: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}): Promise<Metadata> {
  const { t } = await getT();
  const org = await getPublicOrganisation((await params).slug);
  const error = parseRegisterFilters(await searchParams, amsterdamNow().today).asOfError;
  const title = org ? t("register.public.title", { organisation: org.name }) : t("register.public.notFound");
  return { title: error ? `${t("register.errors.titlePrefix")}${title}` : title };
}

function query(filters: RegisterFilters, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (filters.q) p.set("q", filters.q);
  if (filters.paid) p.set("bezoldigd", filters.paid === "yes" ? "ja" : "nee");
  if (filters.asOf) p.set("peildatum", filters.asOf);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** The public register of one organisation: no sign-in, public fields of published side jobs only. */
export default async function PublicRegisterPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { slug } = await params;
  const org = await getPublicOrganisation(slug);
  if (!org) notFound();
  const { t, locale } = await getT();
  const search = await searchParams;
  const today = amsterdamNow().today;
  const filters = parseRegisterFilters(search, today);
  const page = pageParam(search.pagina);
  // A peildatum that cannot be answered gets a clear message and NO register (decision 042): showing today's
  // register under a date someone asked for is how a wrong date ends up quoted.
  const asOfInput = typeof search.peildatum === "string" ? search.peildatum.slice(0, 40) : "";
  const { rows, total, lastChange } = filters.asOfError
    ? { rows: [], total: 0, lastChange: null }
    : await listRegister(org.id, filters, page);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const base = `/register/${org.slug}`;
  const filtered = Boolean(filters.q || filters.paid);
  return (
    <div className="space-y-8">
      <div className="max-w-prose space-y-3">
        <p className="text-lg text-neutral-700">{t("register.public.kicker")}</p>
        <h1 className="text-3xl font-bold">{t("register.public.title", { organisation: org.name })}</h1>
        <Intro org={org} t={t} />
        {filters.asOfError ? null : (
          <p data-testid="register-as-of">
            {filters.asOf
              ? t("register.public.asOfPast", { date: formatDate(filters.asOf, locale) })
              : lastChange
                ? t("register.public.asOf", { date: formatDate(lastChange, locale) })
                : t("register.public.asOfEmpty")}
          </p>
        )}
      </div>

      {filters.asOfError ? (
        <div role="alert" tabIndex={-1} className="max-w-prose border-4 border-error p-4" data-testid="as-of-error">
          <h2 className="text-xl font-bold">{t("register.public.asOfErrorTitle")}</h2>
          <p className="mt-2">
            <a href="#peildatum" className="font-semibold text-error [overflow-wrap:anywhere]">
              {t(`register.public.asOfError.${filters.asOfError}`, { value: asOfInput })}
            </a>
          </p>
          <p className="mt-2">{t("register.public.asOfErrorNothing")}</p>
          <p className="mt-2">
            <Link href={base}>{t("register.public.reset")}</Link>
          </p>
        </div>
      ) : null}

      <form
        method="get"
        action={base}
        className="grid gap-4 rounded border border-neutral-300 p-4 sm:grid-cols-2 sm:items-end"
        role="search"
        aria-label={t("register.public.searchLabel")}
      >
        <Field id="q" label={t("register.public.q")} look="plain" className="sm:col-span-2">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q}
            maxLength={100}
            className="mt-1 w-full rounded border-2 border-neutral-800 px-2 py-1"
          />
        </Field>
        <Field id="bezoldigd" label={t("register.public.paidFilter")} look="plain">
          <select
            id="bezoldigd"
            name="bezoldigd"
            defaultValue={filters.paid === "yes" ? "ja" : filters.paid === "no" ? "nee" : ""}
            className="mt-1 min-h-9 w-full rounded border-2 border-neutral-800 px-2 py-1"
          >
            <option value="">{t("register.public.paidAll")}</option>
            <option value="ja">{t("register.public.paidYes")}</option>
            <option value="nee">{t("register.public.paidNo")}</option>
          </select>
        </Field>
        <Field id="peildatum" label={t("register.public.asOfField")} hint={t("register.public.asOfHint")} look="plain">
          <input
            id="peildatum"
            name="peildatum"
            type="date"
            aria-describedby="peildatum-hint"
            aria-invalid={filters.asOfError ? true : undefined}
            defaultValue={filters.asOf ?? ""}
            max={today}
            className="mt-1 w-full rounded border-2 border-neutral-800 px-2 py-1"
          />
        </Field>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
          <Button>{t("register.public.search")}</Button>
          {filtered || filters.asOf ? <Link href={base}>{t("register.public.reset")}</Link> : null}
        </div>
      </form>

      {filters.asOfError ? null : (
        <>
          <Section
            id="resultaten"
            title={t("register.public.results", { count: total })}
            size="2xl"
            className="space-y-4"
          >
            {rows.length === 0 ? (
              <p data-testid="register-empty">
                {filtered ? t("register.public.noMatches") : t("register.public.empty")}
              </p>
            ) : (
              <RegisterTable
                rows={rows}
                locale={locale}
                showConditions={org.showConditions}
                labels={registerTableLabels(t, t("register.public.caption", { count: total, page, pages: pageCount }))}
              />
            )}
            <Pagination
              page={page}
              pageCount={pageCount}
              href={(p) => `${base}${query(filters, { pagina: String(p) })}`}
            />
          </Section>

          <Section id="downloads" title={t("register.public.downloadsTitle")} size="2xl" className="space-y-3">
            <p className="max-w-prose">{t("register.public.downloadsLead")}</p>
            <ul className="flex flex-wrap gap-x-6 gap-y-2" data-testid="register-downloads">
              {DOWNLOAD_FORMATS.map((f) => (
                <li key={f}>
                  <a href={`${base}/download${query(filters, { formaat: f })}`} download>
                    {t(`register.public.download.${f}`)}
                  </a>
                </li>
              ))}
            </ul>
            <p>
              <Link href={`${base}/geschiedenis`}>{t("register.public.historyLink")}</Link>
            </p>
            <details className="max-w-prose">
              <summary className="cursor-pointer font-bold">{t("register.public.columnsTitle")}</summary>
              <dl className="mt-2 space-y-1">
                {REGISTER_COLUMNS.map((c) => (
                  <div key={c.key}>
                    <dt className="inline font-mono">{c.key}</dt>: <dd className="inline">{c.description[locale]}</dd>
                  </div>
                ))}
              </dl>
            </details>
            <p className="max-w-prose" data-testid="register-licence">
              {t("register.public.licence")} <a href={LICENCE.url}>{LICENCE.name}</a>.
            </p>
          </Section>

          <Section id="open-data" title={t("register.public.openData.title")} size="2xl" className="space-y-3">
            <p className="max-w-prose">{t("register.public.openData.lead")}</p>
            <ul className="space-y-2" data-testid="register-open-data">
              <li>
                <a href={`${base}/dcat`}>{t("register.public.openData.dcat")}</a>
              </li>
              <li>
                <a href={OPENAPI_PATH}>{t("register.public.openData.openapi")}</a>
              </li>
              <li>
                <a href={`${API_BASE}/${org.slug}`}>{t("register.public.openData.api")}</a>
              </li>
            </ul>
          </Section>
        </>
      )}
    </div>
  );
}

function Intro({ org, t }: { org: PublicOrganisation; t: Awaited<ReturnType<typeof getT>>["t"] }) {
  if (!org.publishes) return <p>{t("register.public.noPublication", { organisation: org.name })}</p>;
  return (
    <>
      <p>{t("register.public.lead", { organisation: org.name, group: groupText(org, t) })}</p>
      <p>{t("register.public.law")}</p>
    </>
  );
}
