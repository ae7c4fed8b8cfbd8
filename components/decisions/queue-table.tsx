import Link from "next/link";
import type { QueueItem } from "@/lib/decisions/queue";
import { formatDate } from "@/lib/format";
import { Table, tableClasses } from "@/components/ui/table";

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
  caption,
}: {
  items: QueueItem[];
  labels: Labels;
  locale: "nl" | "en";
  overdueDays: number;
  /** What the table holds (e.g. the count and the page), for screen readers. */
  caption?: string;
}) {
  const c = tableClasses();
  return (
    <Table
      caption={caption}
      headers={[labels.person, labels.subject, labels.type, labels.waiting, labels.open]}
      hiddenHeaders={[4]}
      testId="queue"
    >
      {items.map((item) => (
        <tr key={item.id} className={c.row} data-testid="queue-row" data-outcome={item.ruleOutcome ?? ""}>
          <td className={c.cell}>
            {item.personName}
            {item.onBehalfOfName ? (
              <span className="block text-sm text-neutral-700">{labels.onBehalfOf(item.onBehalfOfName)}</span>
            ) : null}
          </td>
          <td className={c.cell}>
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
          <td className={c.cell}>{labels.types[item.type]}</td>
          <td className={c.cell}>
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
          <td className="py-2">
            <Link href={`/beslissen/${item.id}`} className="font-bold">
              {labels.open}
              <span className="sr-only">: {item.title}</span>
            </Link>
          </td>
        </tr>
      ))}
    </Table>
  );
}
