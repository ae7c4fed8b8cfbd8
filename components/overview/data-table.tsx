import type { ReactNode } from "react";
import { StackLabel, Table, tableClasses } from "@/components/ui/table";

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
 * A data table with a caption and column headers (the kit's `Table`). Below 640 px each row becomes a block with the
 * column name before each value, so a 320 px screen never scrolls sideways (WCAG 1.4.10) and nothing is cut off.
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
  const tc = tableClasses("stack-sm");
  const cell = (c: ReactNode, i: number) => {
    const col = columns[i]!;
    return col.rowHeader ? (
      <th key={i} scope="row" className={`${tc.cell} font-semibold`}>
        {c}
      </th>
    ) : (
      <td key={i} className={col.numeric ? tc.numeric : tc.cell}>
        <StackLabel layout="stack-sm">{col.label}</StackLabel>
        {c}
      </td>
    );
  };
  return (
    <Table
      caption={caption}
      captionVisible
      captionClassName="mb-2 font-semibold"
      layout="stack-sm"
      testId={testId}
      headers={columns.map((c) => c.label)}
      numeric={columns.flatMap((c, i) => (c.numeric ? [i] : []))}
      foot={
        foot ? (
          <tr className={tc.footRow} data-testid={foot.testId}>
            {foot.cells.map(cell)}
          </tr>
        ) : null
      }
    >
      {rows.map((row) => (
        <tr key={row.key} className={tc.row} data-testid={row.testId} {...row.data}>
          {row.cells.map(cell)}
        </tr>
      ))}
    </Table>
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
