import type { ReactNode } from "react";

export interface TableProps {
  /** What the table holds; shown as a heading above it, or for screen readers only. */
  caption?: ReactNode;
  captionVisible?: boolean;
  /** Column headers (scope="col"); `numeric` columns are right-aligned, `hiddenHeaders` are for screen readers only. */
  headers: ReactNode[];
  numeric?: number[];
  hiddenHeaders?: number[];
  /**
   * "scroll": a wide table scrolls inside its own region. "stack-md" / "stack-lg": below that width each row becomes a
   * card (the header row stays for screen readers; cells show their column name with `StackLabel`).
   */
  layout?: "scroll" | "stack-md" | "stack-lg";
  /** The scroll box as a named region that takes keyboard focus, so a wide table scrolls with the arrow keys. */
  region?: string;
  testId?: string;
  attributes?: Record<`data-${string}`, string | number>;
  className?: string;
  foot?: ReactNode;
  children: ReactNode;
}

const STACK = {
  "stack-md": {
    thead: "max-md:sr-only",
    row: "max-md:block max-md:py-3",
    cell: "max-md:block max-md:py-0.5 max-md:pr-0",
    label: "md:hidden",
  },
  "stack-lg": {
    thead: "max-lg:sr-only",
    row: "max-lg:block max-lg:py-3",
    cell: "max-lg:block max-lg:py-0.5 max-lg:pr-0",
    label: "lg:hidden",
  },
};

/** Classes of the rows and cells of a table, for its body (`cell` pads like the header; `row` draws the rule). */
export function tableClasses(layout: TableProps["layout"] = "scroll") {
  const s = layout === "scroll" ? null : STACK[layout];
  return {
    row: `border-b border-neutral-300 align-top ${s?.row ?? ""}`.trim(),
    cell: `py-2 pr-4 break-words ${s?.cell ?? ""}`.trim(),
    /** The column name before a value in a stacked row (hidden where the table is a table; the header names it). */
    label: `font-semibold ${s?.label ?? "hidden"}`,
  };
}

/** The column name shown before a value when a stacked table's row is a card. */
export function StackLabel({ layout, children }: { layout: "stack-md" | "stack-lg"; children: ReactNode }) {
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
  headers,
  numeric = [],
  hiddenHeaders = [],
  layout = "scroll",
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
      className={`relative max-w-full ${layout === "scroll" ? "overflow-x-auto" : ""}`}
      {...(region ? { role: "region", "aria-label": region, tabIndex: 0 } : {})}
    >
      <table className={`w-full border-collapse text-left ${className}`.trim()} data-testid={testId} {...attributes}>
        {caption ? (
          <caption className={captionVisible ? "mb-2 pb-2 text-left text-lg font-bold" : "sr-only"}>{caption}</caption>
        ) : null}
        <thead className={s?.thead}>
          <tr className="border-b-2 border-neutral-700">
            {headers.map((header, i) => (
              <th
                key={i}
                scope="col"
                className={`py-2 align-bottom ${i < headers.length - 1 ? "pr-4" : ""} ${numeric.includes(i) ? "text-right" : ""}`.trim()}
              >
                {hiddenHeaders.includes(i) ? <span className="sr-only">{header}</span> : header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {foot ? <tfoot>{foot}</tfoot> : null}
      </table>
    </div>
  );
}
