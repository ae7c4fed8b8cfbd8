import Link from "next/link";
import type { QueueItem } from "@/lib/decisions/queue";
import { formatDate } from "@/lib/format";

interface Labels {
  person: string;
  subject: string;
  type: string;
  waiting: string;
  open: string;
  notPermitted: string;
  overdue: string;
  types: Record<string, string>;
  days: (n: number) => string;
  onBehalfOf: (name: string) => string;
}

/** A decision queue: oldest first by default; "not permitted" and long-waiting items stand out. */
export function QueueTable({
  items,
  labels,
  locale,
  overdueDays,
}: {
  items: QueueItem[];
  labels: Labels;
  locale: "nl" | "en";
  overdueDays: number;
}) {
  return (
    // `relative`: the link's visually hidden text (position: absolute) stays inside this scroll box instead of
    // stretching the page at 320 px (WCAG 1.4.10); a wide table scrolls here, not the page.
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="queue">
        <thead>
          <tr className="border-b-2 border-neutral-700">
            <th scope="col" className="py-2 pr-4">
              {labels.person}
            </th>
            <th scope="col" className="py-2 pr-4">
              {labels.subject}
            </th>
            <th scope="col" className="py-2 pr-4">
              {labels.type}
            </th>
            <th scope="col" className="py-2 pr-4">
              {labels.waiting}
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">{labels.open}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr
              key={item.id}
              className="border-b border-neutral-300 align-top"
              data-testid="queue-row"
              data-outcome={item.ruleOutcome ?? ""}
            >
              <td className="py-3 pr-4">
                {item.personName}
                {item.onBehalfOfName ? (
                  <span className="block text-sm text-neutral-700">{labels.onBehalfOf(item.onBehalfOfName)}</span>
                ) : null}
              </td>
              <td className="py-3 pr-4">
                {item.title}
                {item.reference ? (
                  <span className="block text-sm text-neutral-700" data-testid="queue-reference">
                    {item.reference}
                  </span>
                ) : null}
                {item.ruleOutcome === "NOT_PERMITTED" ? (
                  <span className="mt-1 block w-fit rounded bg-red-100 px-2 text-sm font-semibold text-red-900">
                    {labels.notPermitted}
                  </span>
                ) : null}
              </td>
              <td className="py-3 pr-4">{labels.types[item.type]}</td>
              <td className="py-3 pr-4">
                {labels.days(item.ageDays)}
                {item.submittedAt ? (
                  <span className="block text-sm text-neutral-700">{formatDate(item.submittedAt, locale)}</span>
                ) : null}
                {item.ageDays >= overdueDays ? (
                  <span className="mt-1 block w-fit rounded bg-amber-100 px-2 text-sm font-semibold text-amber-900">
                    {labels.overdue}
                  </span>
                ) : null}
              </td>
              <td className="py-3">
                <Link href={`/beslissen/${item.id}`} className="font-bold">
                  {labels.open}
                  <span className="sr-only">: {item.title}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
