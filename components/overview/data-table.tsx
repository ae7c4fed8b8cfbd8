import type { ReactNode } from "react";

export interface Column {
  label: string;
  /** Numbers: right-aligned, tabular figures. */
  numeric?: boolean;
  /** The first column names the row (a row header). */
  rowHeader?: boolean;
}

export interface Row {
  key: string;
  cells: ReactNode[];
  testId?: string;
  data?: Record<`data-${string}`, string>;
}

/**
 * A data table with a caption and column headers. Below 640 px each row becomes a block with the column
 * name before each value, so a 320 px screen never scrolls sideways (WCAG 1.4.10) and nothing is cut off.
 */
export function DataTable({
  caption,
  columns,
  rows,
  foot,
  testId,
}: {
  caption: string;
  columns: Column[];
  rows: Row[];
  foot?: Row;
  testId?: string;
}) {
  const cell = (row: Row, c: ReactNode, i: number, bold = false) => {
    const col = columns[i]!;
    const className = `py-2 pr-3 align-top last:pr-0 max-sm:block max-sm:py-0.5 ${col.numeric ? "tabular-nums sm:text-right" : ""} ${bold ? "font-bold" : ""}`;
    const label = <span className="font-semibold sm:hidden">{col.label}: </span>;
    return col.rowHeader ? (
      <th key={i} scope="row" className={`${className} text-left font-semibold`}>
        {c}
      </th>
    ) : (
      <td key={i} className={className}>
        {label}
        {c}
      </td>
    );
  };
  return (
    <table className="w-full border-collapse text-left max-sm:block" data-testid={testId}>
      <caption className="mb-2 text-left font-semibold max-sm:block">{caption}</caption>
      <thead className="max-sm:sr-only">
        <tr className="border-b-2 border-neutral-700">
          {columns.map((c) => (
            <th
              key={c.label}
              scope="col"
              className={`py-2 pr-3 align-bottom last:pr-0 ${c.numeric ? "sm:text-right" : ""}`}
            >
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="max-sm:block">
        {rows.map((row) => (
          <tr
            key={row.key}
            className="border-b border-neutral-300 max-sm:block max-sm:py-2"
            data-testid={row.testId}
            {...row.data}
          >
            {row.cells.map((c, i) => cell(row, c, i))}
          </tr>
        ))}
      </tbody>
      {foot ? (
        <tfoot className="max-sm:block">
          <tr className="border-t-2 border-neutral-700 max-sm:block max-sm:py-2" data-testid={foot.testId}>
            {foot.cells.map((c, i) => cell(foot, c, i, true))}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

/** A proportional bar next to a number: decoration only (the number is the information). */
export function Bar({ value, max }: { value: number; max: number }) {
  const pct = max > 0 ? Math.max(value > 0 ? 2 : 0, Math.round((value / max) * 100)) : 0;
  return (
    <span aria-hidden="true" className="mt-1 block h-3 w-full max-w-48 bg-neutral-200">
      <span className="block h-3 bg-brand" style={{ width: `${pct}%` }} />
    </span>
  );
}
