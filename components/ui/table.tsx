import type { ReactNode } from "react";

type Stacked = "stack-sm" | "stack-md" | "stack-lg";

export interface TableProps {
  /** What the table holds; shown as a heading above it, or for screen readers only. */
  caption?: ReactNode;
  captionVisible?: boolean;
  /** The look of a visible caption, where a page's heading order wants another size (default: a bold line). */
  captionClassName?: string;
  /** Column headers (scope="col"); `numeric` columns are right-aligned, `hiddenHeaders` are for screen readers only. */
  headers: ReactNode[];
  numeric?: number[];
  hiddenHeaders?: number[];
  /** The column the rows are sorted by (aria-sort on its header). */
  sorted?: { column: number; direction: "ascending" | "descending" };
  /**
   * "scroll": a wide table scrolls inside its own region. "stack-sm|md|lg": below that width each row becomes a
   * card (the header row stays for screen readers; cells show their column name with `StackLabel`).
   */
  layout?: "scroll" | Stacked;
  /** "auto": as wide as its content (a short table of figures), instead of the full width. */
  width?: "full" | "auto";
  /** The scroll box as a named region that takes keyboard focus, so a wide table scrolls with the arrow keys. */
  region?: string;
  testId?: string;
  attributes?: Record<`data-${string}`, string | number>;
  className?: string;
  foot?: ReactNode;
  children: ReactNode;
}

const STACK = {
  "stack-sm": {
    table: "max-sm:block",
    thead: "max-sm:sr-only",
    row: "max-sm:block max-sm:py-2",
    cell: "max-sm:block max-sm:py-0.5 max-sm:pr-0",
    label: "sm:hidden",
    numeric: "tabular-nums sm:text-right",
  },
  "stack-md": {
    table: "",
    thead: "max-md:sr-only",
    row: "max-md:block max-md:py-3",
    cell: "max-md:block max-md:py-0.5 max-md:pr-0",
    label: "md:hidden",
    numeric: "tabular-nums md:text-right",
  },
  "stack-lg": {
    table: "",
    thead: "max-lg:sr-only",
    row: "max-lg:block max-lg:py-3",
    cell: "max-lg:block max-lg:py-0.5 max-lg:pr-0",
    label: "lg:hidden",
    numeric: "tabular-nums lg:text-right",
  },
};

/** Classes of the rows and cells of a table, for its body (`cell` pads like the header; `row` draws the rule). */
export function tableClasses(layout: TableProps["layout"] = "scroll") {
  const s = layout === "scroll" ? null : STACK[layout];
  const cell = `py-2 pr-4 break-words last:pr-0 ${s?.cell ?? ""}`.trim();
  return {
    row: `border-b border-neutral-300 align-top ${s?.row ?? ""}`.trim(),
    /** The row of totals in the table's foot. */
    footRow: `border-t-2 border-neutral-700 font-bold ${s?.row ?? ""}`.trim(),
    cell,
    /** The cell that names its row (`<th scope="row">`), in the body's weight. */
    rowHeader: `${cell} font-normal`,
    /** A number: right-aligned (where the table is a table), with figures of one width. */
    numeric: `${cell} ${s?.numeric ?? "text-right"}`,
    /** The column name before a value in a stacked row (hidden where the table is a table; the header names it). */
    label: `font-semibold ${s?.label ?? "hidden"}`,
  };
}

/** The column name shown before a value when a stacked table's row is a card. */
export function StackLabel({ layout, children }: { layout: Stacked; children: ReactNode }) {
  return (
    <span className={tableClasses(layout).label} aria-hidden="true">
      {children}:{" "}
    </span>
  );
}

/**
 * A data table: caption, column headers with scope, and a region of its own. `relative` matters: a link's visually
 * hidden text (position: absolute) stays inside the scroll box instead of stretching the page at 320 px (WCAG 1.4.10).
 */
export function Table({
  caption,
  captionVisible,
  captionClassName = "mb-2 text-lg font-bold",
  headers,
  numeric = [],
  hiddenHeaders = [],
  sorted,
  layout = "scroll",
  width = "full",
  region,
  testId,
  attributes,
  className = "",
  foot,
  children,
}: TableProps) {
  const s = layout === "scroll" ? null : STACK[layout];
  return (
    <div
      className={`relative max-w-full ${layout === "scroll" ? "overflow-x-auto" : ""} ${region ? "focus:outline-2" : ""}`.trim()}
      {...(region ? { role: "region", "aria-label": region, tabIndex: 0 } : {})}
    >
      <table
        className={`${width === "full" ? "w-full" : ""} border-collapse text-left ${s?.table ?? ""} ${className}`.trim()}
        data-testid={testId}
        {...attributes}
      >
        {caption ? (
          <caption className={captionVisible ? `text-left ${captionClassName} ${s?.table ?? ""}`.trim() : "sr-only"}>
            {caption}
          </caption>
        ) : null}
        <thead className={s?.thead}>
          <tr className="border-b-2 border-neutral-700">
            {headers.map((header, i) => (
              <th
                key={i}
                scope="col"
                aria-sort={sorted?.column === i ? sorted.direction : undefined}
                className={`py-2 align-bottom ${i < headers.length - 1 ? "pr-4" : ""} ${numeric.includes(i) ? "text-right" : ""}`.trim()}
              >
                {hiddenHeaders.includes(i) ? <span className="sr-only">{header}</span> : header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={s?.table}>{children}</tbody>
        {foot ? <tfoot className={s?.table}>{foot}</tfoot> : null}
      </table>
    </div>
  );
}
