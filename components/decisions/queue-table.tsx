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

/** The bulk decision's column (issue 16 item 4): a checkbox on the rows that need no judgement, in the form `form`. */
export interface BulkSelect {
  form: string;
  header: string;
  selectItem: (title: string) => string;
  oneByOne: string;
  oneByOneHint: string;
}

/** A decision queue: oldest first by default; "not permitted" and long-waiting items stand out. */
export function QueueTable({
  items,
  labels,
  locale,
  overdueDays,
  caption,
  select,
}: {
  items: QueueItem[];
  labels: Labels;
  locale: "nl" | "en";
  overdueDays: number;
  /** What the table holds (e.g. the count and the page), for screen readers. */
  caption?: string;
  /** The manager's queue: a first column to choose rows for a bulk approval. */
  select?: BulkSelect;
}) {
  const c = tableClasses();
  const headers = [labels.person, labels.subject, labels.type, labels.waiting, labels.open];
  return (
    <Table
      caption={caption}
      headers={select ? [select.header, ...headers] : headers}
      hiddenHeaders={[select ? 5 : 4]}
      testId="queue"
    >
      {items.map((item) => (
        <tr key={item.id} className={c.row} data-testid="queue-row" data-outcome={item.ruleOutcome ?? ""}>
          {select ? (
            <td className={c.cell}>
              {item.bulk ? (
                // The checkbox belongs to the bulk form below the table (the form attribute): no nested forms, no JavaScript.
                <input
                  type="checkbox"
                  name="ids"
                  value={item.id}
                  form={select.form}
                  aria-label={select.selectItem(item.title)}
                  className="size-6 accent-blue-800"
                  data-testid="bulk-select"
                />
              ) : (
                <span className="text-sm text-neutral-700" data-testid="bulk-one-by-one">
                  {select.oneByOne}
                  <span className="sr-only">: {select.oneByOneHint}</span>
                </span>
              )}
            </td>
          ) : null}
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
