import Link from "next/link";
import type { ReactNode } from "react";

export interface AnswerRow {
  name: string;
  label: string;
  value: string | null;
}

/**
 * A declaration's answers as a description list (GOV.UK "summary list"): question, answer, and, on the check page,
 * a "change" link per answer that names the question for screen readers.
 */
export function AnswerList({
  rows,
  empty = "–",
  change,
  testId = "answers",
  className = "",
}: {
  rows: AnswerRow[];
  empty?: ReactNode;
  change?: { label: string; href: (name: string) => string };
  testId?: string;
  className?: string;
}) {
  return (
    <dl className={`divide-y divide-neutral-300 border-y border-neutral-300 ${className}`.trim()} data-testid={testId}>
      {rows.map((row) => (
        <div
          key={row.name}
          className={`grid gap-1 md:gap-4 ${change ? "py-3 md:grid-cols-[1fr_1fr_auto]" : "py-2 md:grid-cols-2"}`}
        >
          <dt className="font-bold">{row.label}</dt>
          <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{row.value ?? empty}</dd>
          {change ? (
            <dd>
              <Link href={change.href(row.name)}>
                {change.label}
                <span className="sr-only"> {row.label}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
