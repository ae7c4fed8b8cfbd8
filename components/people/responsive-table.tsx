// A table that stays a table on wide screens and becomes a list of cards on narrow ones (WCAG 1.4.10 reflow:
// nothing scrolls sideways at 320 px). Headers stay in the markup for screen readers; on narrow screens each
// cell shows its column name visually (aria-hidden, the header already names it).
export const rt = {
  table: "w-full border-collapse text-left",
  caption: "mb-2 text-left text-lg font-bold",
  thead: "max-md:sr-only",
  headRow: "border-b-2 border-neutral-700",
  th: "py-2 pr-4 align-bottom",
  row: "border-b border-neutral-300 align-top max-md:block max-md:py-3",
  cell: "py-2 pr-4 max-md:block max-md:py-0.5 max-md:pr-0 break-words",
  label: "font-semibold md:hidden",
};

/** The same for a wide table (the people list, seven columns): cards below 1024 px. */
export const rtWide = {
  ...rt,
  thead: "max-lg:sr-only",
  row: "border-b border-neutral-300 align-top max-lg:block max-lg:py-3",
  cell: "py-2 pr-4 max-lg:block max-lg:py-0.5 max-lg:pr-0 break-words",
  label: "font-semibold lg:hidden",
};

/** The header row of a responsive table: one column header per entry (hidden visually on narrow screens). */
export function TableHead({ columns }: { columns: React.ReactNode[] }) {
  return (
    <thead className={rt.thead}>
      <tr className={rt.headRow}>
        {columns.map((c, i) => (
          <th key={i} scope="col" className={rt.th}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
