import { DataTable } from "./data-table";

export interface MonthChartLabels {
  chart: string;
  showTable: string;
  caption: string;
  month: string;
  count: string;
  bar: (month: string, count: number) => string;
}

/**
 * Declarations per month as horizontal bars (HTML and CSS, no chart library). Each bar has its number beside it
 * and a full sentence for screen readers; the same figures follow as a table.
 */
export function MonthChart({
  months,
  labels,
  locale,
}: {
  months: { month: string; count: number }[];
  labels: MonthChartLabels;
  locale: "nl" | "en";
}) {
  const max = Math.max(1, ...months.map((m) => m.count));
  const name = (month: string, style: "long" | "short") =>
    new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
      month: style,
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${month}-15T12:00:00Z`));
  return (
    <div className="space-y-3">
      <ol aria-label={labels.chart} className="space-y-1" data-testid="month-chart">
        {months.map((m) => (
          <li
            key={m.month}
            className="grid grid-cols-[5.5rem_1fr_3rem] items-center gap-2"
            data-month={m.month}
            data-count={m.count}
          >
            <span className="sr-only">{labels.bar(name(m.month, "long"), m.count)}</span>
            <span aria-hidden="true" className="text-sm">
              {name(m.month, "short")}
            </span>
            <span aria-hidden="true" className="block h-4 bg-neutral-200">
              <span className="block h-4 bg-brand" style={{ width: `${Math.round((m.count / max) * 100)}%` }} />
            </span>
            <span aria-hidden="true" className="text-right tabular-nums">
              {m.count}
            </span>
          </li>
        ))}
      </ol>
      <details>
        <summary className="cursor-pointer font-semibold text-brand underline">{labels.showTable}</summary>
        <div className="mt-2">
          <DataTable
            caption={labels.caption}
            columns={[
              { label: labels.month, rowHeader: true },
              { label: labels.count, numeric: true },
            ]}
            rows={months.map((m) => ({ key: m.month, cells: [name(m.month, "long"), m.count] }))}
            testId="month-table"
          />
        </div>
      </details>
    </div>
  );
}
