// The table frame the privacy pages share: a caption (visible or for screen readers), column headers, rows.
interface Props {
  caption: string;
  captionVisible?: boolean;
  /** Column headers; the last column gets no right padding, `numeric` columns are right-aligned. */
  headers: string[];
  numeric?: number[];
  testId?: string;
  attributes?: Record<`data-${string}`, string | number>;
  className?: string;
  children: React.ReactNode;
}

export function Table({
  caption,
  captionVisible,
  headers,
  numeric = [],
  testId,
  attributes,
  className = "",
  children,
}: Props) {
  return (
    <table className={`w-full border-collapse text-left ${className}`} data-testid={testId} {...attributes}>
      <caption className={captionVisible ? "pb-2 text-left text-xl font-bold" : "sr-only"}>{caption}</caption>
      <thead>
        <tr className="border-b-2 border-neutral-700">
          {headers.map((header, i) => (
            <th
              key={header}
              scope="col"
              className={`py-2 ${i < headers.length - 1 ? "pr-4" : ""} ${numeric.includes(i) ? "text-right" : ""}`}
            >
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
