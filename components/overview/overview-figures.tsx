// The integrity office's overview as it is shown (app/integriteit/overzicht): presentational only; the page reads
// the figures (lib/overview/data.ts, which checks the area) and passes them in with the translator.
import Link from "next/link";
import { LIST_LIMIT, type Overview } from "@/lib/overview/data";
import { formatDate, formatMoney, type Locale } from "@/lib/format";
import { ALL_STATUSES } from "@/lib/declarations/lifecycle";
import { StatusTag } from "@/components/declarations/status-tag";
import { Bar, DataTable } from "@/components/overview/data-table";
import { MonthChart } from "@/components/overview/month-chart";
import { auditPath, outcomeLabel, type T } from "@/components/overview/labels";
import { keyIn, messagesIn } from "@/lib/i18n/keys";
import { Section } from "@/components/ui/section";

/** The overview's figures for the chosen period, unit and type: one section each, then the annual report's link. */
export function OverviewFigures({
  overview: o,
  t,
  locale,
  types,
  typeFilter,
  exportYear,
  canRemind = false,
}: {
  overview: Overview;
  t: T;
  locale: Locale;
  types: Record<string, string>;
  typeFilter: string | null;
  exportYear: number;
  /** Integrity officers may remind the manager of an overdue decision (decision 068). */
  canRemind?: boolean;
}) {
  // Columns along the workflow (the enum's order), whatever order the rows came in.
  const statuses = ALL_STATUSES.filter((s) => o.byTypeStatus.some((r) => r.status === s));
  const typeRows = [...new Set(o.byTypeStatus.map((r) => r.type))];
  const count = (type: string, status: string) =>
    o.byTypeStatus.find((r) => r.type === type && r.status === status)?.count ?? 0;
  const statusLabel = (s: string) => t(keyIn("declarations.status", s));
  const maxUnit = Math.max(0, ...o.byUnit.map((u) => u.count));
  const notPermitted = o.outcomes.find((r) => r.outcome === "NOT_PERMITTED")?.count ?? 0;
  const title = (s: string) => s || t("overview.untitled");
  return (
    <>
      <div className="space-y-2" data-testid="overview-summary">
        <p className="text-lg">
          {o.period.year
            ? t("overview.showing.year", { year: String(o.period.year) })
            : t("overview.showing.period", {
                from: formatDate(o.period.from, locale),
                to: formatDate(o.period.to, locale),
              })}{" "}
          {o.unitName ? `${t("overview.showing.unit", { unit: o.unitName })} ` : ""}
          {typeFilter ? t("overview.showing.type", { type: types[typeFilter]! }) : ""}
        </p>
        <p className="text-2xl font-bold" data-testid="overview-total">
          {t("overview.total", { count: o.total })}
        </p>
      </div>

      <Section id="soort-status" title={t("overview.typeStatus.title")} className="space-y-3">
        {typeRows.length === 0 ? (
          <p>{t("overview.typeStatus.empty")}</p>
        ) : (
          <DataTable
            caption={t("overview.typeStatus.caption")}
            testId="type-status"
            columns={[
              { label: t("overview.typeStatus.type"), rowHeader: true },
              ...statuses.map((s) => ({ label: statusLabel(s), numeric: true })),
              { label: t("overview.typeStatus.total"), numeric: true },
            ]}
            rows={typeRows.map((type) => ({
              key: type,
              data: { "data-type": type },
              cells: [
                types[type],
                ...statuses.map((s) => count(type, s)),
                statuses.reduce((n, s) => n + count(type, s), 0),
              ],
            }))}
            foot={{
              key: "total",
              cells: [
                t("overview.typeStatus.total"),
                ...statuses.map((s) => typeRows.reduce((n, type) => n + count(type, s), 0)),
                o.total,
              ],
            }}
          />
        )}
      </Section>

      <Section id="uitkomst" title={t("overview.outcomes.title")} className="space-y-3">
        <p className="max-w-prose">{t("overview.outcomes.lead")}</p>
        <p
          className={`w-fit rounded px-2 font-semibold ${notPermitted > 0 ? "bg-red-100 text-red-900" : ""}`}
          data-testid="not-permitted"
        >
          {t("overview.outcomes.notPermitted", { count: notPermitted })}
        </p>
        <p
          className={`w-fit rounded px-2 font-semibold ${o.againstCode > 0 ? "bg-amber-100 text-amber-900" : ""}`}
          data-testid="against-code"
        >
          {t("verdictStory.overview.againstCode")}: {o.againstCode}
        </p>
        <dl className="grid grid-cols-2 gap-2 md:grid-cols-4" data-testid="outcomes">
          {o.outcomes.map((r) => (
            <div
              key={r.outcome ?? "none"}
              className="rounded border border-neutral-300 p-2"
              data-outcome={r.outcome ?? ""}
            >
              <dt className="text-sm">{outcomeLabel(t, r.outcome)}</dt>
              <dd className="text-2xl font-bold">{r.count}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="afdeling" title={t("overview.units.title")} className="space-y-3">
        <p className="max-w-prose">{t("overview.units.hint")}</p>
        {o.byUnit.length === 0 ? (
          <p>{t("overview.typeStatus.empty")}</p>
        ) : (
          <DataTable
            caption={t("overview.units.caption")}
            testId="per-unit"
            columns={[
              { label: t("overview.units.unit"), rowHeader: true },
              { label: t("overview.units.count"), numeric: true },
            ]}
            rows={o.byUnit.map((u) => ({
              key: u.unitId ?? "none",
              cells: [
                u.unitName ?? t("overview.units.none"),
                <>
                  {u.count}
                  <Bar value={u.count} max={maxUnit} />
                </>,
              ],
            }))}
          />
        )}
      </Section>

      <Section id="per-maand" title={t("overview.months.title")} className="space-y-3">
        <MonthChart
          months={o.byMonth}
          locale={locale}
          labels={{
            ...messagesIn(t, "overview.months", ["chart", "showTable", "caption", "month", "count"]),
            bar: (month, n) => t("overview.months.bar", { month, count: n }),
          }}
        />
      </Section>

      <Section id="gevers" title={t("overview.gifts.title")} className="space-y-3">
        <p className="max-w-prose">{t("overview.gifts.lead")}</p>
        {o.gifts.giftCount === 0 ? (
          <p>{t("overview.gifts.empty")}</p>
        ) : (
          <>
            <p className="font-semibold" data-testid="gift-totals">
              {t("overview.gifts.totals", {
                gifts: o.gifts.giftCount,
                givers: o.gifts.giverCount,
                value: formatMoney(o.gifts.totalCents, locale),
              })}
            </p>
            {o.gifts.giverCount > o.gifts.givers.length ? (
              <p>{t("overview.gifts.limited", { shown: o.gifts.givers.length })}</p>
            ) : null}
            <DataTable
              caption={t("overview.gifts.caption")}
              testId="givers"
              columns={[
                { label: t("overview.gifts.giver"), rowHeader: true },
                { label: t("overview.gifts.year"), numeric: true },
                { label: t("overview.gifts.gifts"), numeric: true },
                { label: t("overview.gifts.people"), numeric: true },
                { label: t("overview.gifts.value"), numeric: true },
              ]}
              rows={o.gifts.givers.map((g) => ({
                key: `${g.giver}-${g.year}`,
                testId: "giver-row",
                cells: [g.giver, g.year, g.gifts, g.people, formatMoney(g.totalCents, locale)],
              }))}
            />
          </>
        )}
      </Section>

      <Section id="te-laat" title={t("overview.overdue.title")} className="space-y-3">
        <p className="max-w-prose">{t("overview.overdue.lead", { days: o.overdue.days })}</p>
        <p className="font-semibold" data-testid="overdue-count">
          {t("overview.overdue.count", { count: o.overdue.total })}
        </p>
        {o.overdue.items.length === 0 ? null : (
          <>
            {o.overdue.total > o.overdue.items.length ? (
              <p>{t("overview.overdue.limited", { shown: LIST_LIMIT })}</p>
            ) : null}
            <DataTable
              caption={t("overview.overdue.caption")}
              testId="overdue"
              columns={[
                { label: t("overview.overdue.declaration"), rowHeader: true },
                { label: t("overview.overdue.type") },
                { label: t("overview.overdue.unit") },
                { label: t("overview.overdue.waitsFor") },
                { label: t("overview.overdue.since") },
                { label: t("overview.overdue.waiting"), numeric: true },
                ...(canRemind ? [{ label: t("reminders.overdue.action") }] : []),
              ]}
              rows={o.overdue.items.map((d) => ({
                key: d.id,
                testId: "overdue-row",
                cells: [
                  <Link key="l" href={auditPath(d.id)}>
                    {title(d.title)}
                  </Link>,
                  types[d.type],
                  d.unitName ?? t("overview.units.none"),
                  d.waitsFor.kind === "person" ? d.waitsFor.name : t(`overview.overdue.${d.waitsFor.kind}`),
                  formatDate(d.submittedAt, locale),
                  t("overview.overdue.days", { count: d.daysWaiting }),
                  ...(canRemind
                    ? [
                        d.waitsFor.kind === "person" ? (
                          <Link
                            key="r"
                            href={`/integriteit/overzicht/herinneren/${encodeURIComponent(d.id)}`}
                            data-testid="remind-manager"
                          >
                            {t("reminders.overdue.remind")}
                          </Link>
                        ) : (
                          "—"
                        ),
                      ]
                    : []),
                ],
              }))}
            />
          </>
        )}
      </Section>

      <Section id="laatste" title={t("overview.recent.title")} className="space-y-3">
        <p className="max-w-prose">{t("overview.recent.lead")}</p>
        {o.recent.length === 0 ? (
          <p>{t("overview.recent.empty")}</p>
        ) : (
          <DataTable
            caption={t("overview.recent.caption", { count: o.recent.length })}
            testId="recent"
            columns={[
              { label: t("overview.recent.declaration"), rowHeader: true },
              { label: t("overview.recent.type") },
              { label: t("overview.recent.status") },
              { label: t("overview.recent.unit") },
              { label: t("overview.recent.sent") },
            ]}
            rows={o.recent.map((d) => ({
              key: d.id,
              testId: "recent-row",
              cells: [
                <Link key="l" href={auditPath(d.id)}>
                  {title(d.title)}
                  <span className="sr-only">: {t("overview.recent.audit")}</span>
                </Link>,
                types[d.type],
                <StatusTag key="s" status={d.status} label={statusLabel(d.status)} />,
                d.unitName ?? t("overview.units.none"),
                formatDate(d.submittedAt, locale),
              ],
            }))}
          />
        )}
      </Section>

      <Section
        id="jaarverslag"
        title={t("overview.export.title")}
        className="space-y-2 rounded border-2 border-brand p-4"
      >
        <p className="max-w-prose">{t("overview.export.hint")}</p>
        <p>
          <a
            href={`/integriteit/overzicht/export?jaar=${exportYear}`}
            className="font-bold"
            data-testid="annual-export"
            download
          >
            {t("overview.export.link", { year: String(exportYear) })}
          </a>
        </p>
      </Section>
    </>
  );
}
