import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { getGiftRegister, type GiftRegisterPage } from "@/lib/gifts/data";
import { NO_DESTINATION, parseGiftRegisterParams } from "@/lib/gifts/schemas";
import { GIFT_DESTINATIONS } from "@/lib/decisions/schemas";
import { param, type SearchParams } from "@/lib/overview/schemas";
import { formatDate, formatMoney, type Locale } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { StatusTag } from "@/components/declarations/status-tag";
import { DataTable } from "@/components/overview/data-table";
import { controlProps, filterErrorSummary, FilterField, FilterForm } from "@/components/ui/filter-form";
import { auditPath, type T } from "@/components/overview/labels";
import { keyIn } from "@/lib/i18n/keys";
import { Pagination } from "@/components/ui/pagination";
import { Options } from "@/components/ui/options";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { t } = await getT();
  const parsed = parseGiftRegisterParams(await searchParams);
  return { title: `${parsed.ok ? "" : t("declarations.form.errorTitlePrefix")}${t("overview.register.title")}` };
}

const FIELDS = ["jaar", "gever", "bestemming"] as const;

/** The gift register (internal; integrity officers and HR), where the organisation keeps one. */
export default async function GiftRegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireArea("gifts");
  const { t, locale } = await getT();
  const sp = await searchParams;
  const parsed = parseGiftRegisterParams(sp);
  // With bad filters the page shows the errors and the form, and no rows: never a list that ignores a filter.
  const register = await getGiftRegister(
    viewer,
    parsed.ok ? parsed.value : { year: null, giver: null, destination: null, page: 1 },
  );
  const showRows = parsed.ok;
  if (!register.kept) {
    return (
      <div className="max-w-prose space-y-4" data-testid="no-gift-register">
        <h1 className="text-2xl font-bold break-words sm:text-3xl">{t("overview.register.notKeptTitle")}</h1>
        <p className="text-lg">{t("overview.register.notKept")}</p>
        <p>
          <Link href="/integriteit/overzicht">{t("overview.register.overviewLink")}</Link>
        </p>
      </div>
    );
  }
  const errors = parsed.ok
    ? {}
    : Object.fromEntries(Object.entries(parsed.fieldErrors).map(([k, v]) => [k, t(keyIn("overview.errors", v))]));
  const values = Object.fromEntries(FIELDS.map((f) => [f, param(sp, f)]));
  const destinationLabel = (d: string) => t(keyIn("overview.register.destinations", d));
  const query = (page: number) => {
    const q = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
    if (page > 1) q.set("pagina", String(page));
    return q.toString();
  };
  const p = (name: string, hint = false) => controlProps(name, values[name] ?? "", errors[name], hint);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold break-words sm:text-3xl">{t("overview.register.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("overview.register.lead")}</p>
      </div>
      <FilterForm
        action="/integriteit/geschenken"
        label={t("overview.register.filters")}
        testId="register-filters"
        submit={t("overview.register.apply")}
        reset={t("overview.register.reset")}
        summary={filterErrorSummary(t)}
        errors={errors}
        order={[...FIELDS, "pagina"]}
      >
        <div className="grid gap-4 sm:grid-cols-3">
          <FilterField name="jaar" label={t("overview.register.year")} error={errors.jaar}>
            <select {...p("jaar")}>
              <Options all={t("overview.register.allYears")} options={register.years.map((y) => [String(y), y])} />
            </select>
          </FilterField>
          <FilterField
            name="gever"
            label={t("overview.register.giver")}
            hint={t("overview.register.giverHint")}
            error={errors.gever}
          >
            <input type="text" autoComplete="off" {...p("gever", true)} />
          </FilterField>
          <FilterField name="bestemming" label={t("overview.register.destination")} error={errors.bestemming}>
            <select {...p("bestemming")}>
              <option value="">{t("overview.register.allDestinations")}</option>
              <option value={NO_DESTINATION}>{t("overview.register.noDestination")}</option>
              <Options options={GIFT_DESTINATIONS.map((d) => [d, destinationLabel(d)])} />
            </select>
          </FilterField>
        </div>
      </FilterForm>
      {showRows ? <RegisterResults register={register} query={query} t={t} locale={locale} /> : null}
    </div>
  );
}

function RegisterResults({
  register,
  query,
  t,
  locale,
}: {
  register: Extract<GiftRegisterPage, { kept: true }>;
  query: (page: number) => string;
  t: T;
  locale: Locale;
}) {
  const destinationLabel = (d: string) => t(keyIn("overview.register.destinations", d));
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <p className="text-lg font-semibold" data-testid="register-count">
          {t("overview.register.count", { count: register.total })}
        </p>
        {register.total > 0 ? (
          <a
            href={`/integriteit/geschenken/export?${query(1)}`}
            className="font-bold"
            data-testid="register-export"
            download
          >
            {t("overview.register.download")}
          </a>
        ) : null}
      </div>
      {register.rows.length === 0 ? (
        <p>{t("overview.register.empty")}</p>
      ) : (
        <DataTable
          caption={t("overview.register.caption")}
          testId="gift-register"
          columns={[
            { label: t("overview.register.description"), rowHeader: true },
            { label: t("overview.register.date") },
            { label: t("overview.register.giver") },
            { label: t("overview.register.value"), numeric: true },
            { label: t("overview.register.receivedBy") },
            { label: t("overview.register.status") },
            { label: t("overview.register.destination") },
          ]}
          rows={register.rows.map((r) => ({
            key: r.id,
            testId: "gift-row",
            data: { "data-destination": r.destination ?? "" },
            cells: [
              <Link key="l" href={auditPath(r.id)}>
                {r.title || t("overview.untitled")}
              </Link>,
              formatDate(r.day, locale),
              r.giver ?? "–",
              r.valueCents === null ? "–" : formatMoney(r.valueCents, locale),
              <span key="p">
                {r.personName}
                <span className="block text-sm text-neutral-700">{r.unitName ?? t("overview.units.none")}</span>
              </span>,
              <StatusTag key="s" status={r.status} label={t(`declarations.status.${r.status}`)} />,
              <span key="d">
                {r.destination ? destinationLabel(r.destination) : t("overview.register.noDestination")}
                {r.handedInAt ? (
                  <span className="block text-sm text-neutral-700">
                    {t("overview.register.handedIn", { date: formatDate(r.handedInAt, locale) })}
                  </span>
                ) : null}
              </span>,
            ],
          }))}
        />
      )}
      <Pagination
        page={register.page}
        pageCount={register.pageCount}
        href={(p) => `/integriteit/geschenken?${query(p)}`}
      />
    </>
  );
}
