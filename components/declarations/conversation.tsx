import { formatDateTime } from "@/lib/format";

interface DecisionItem {
  outcome: string;
  reason: string;
  conditions: string | null;
  deciderName: string;
  onBehalfOfName: string | null;
  createdAt: string;
}

interface MessageItem {
  kind: string;
  body: string;
  authorName: string;
  createdAt: string;
}

type Locale = "nl" | "en";

/** The decisions taken on a declaration, as the employee and the decider see them. */
export function DecisionList({
  id,
  title,
  items,
  locale,
  labels,
}: {
  id: string;
  title: string;
  items: DecisionItem[];
  locale: Locale;
  labels: {
    outcome: (o: string) => string;
    by: (name: string) => string;
    onBehalfOf: (name: string) => string;
    conditions: string;
    reason: string;
  };
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-2 space-y-3">
        {items.map((d, i) => (
          <li key={i} className="rounded border border-neutral-300 p-3">
            <p className="font-bold">
              {labels.outcome(d.outcome)} · {formatDateTime(d.createdAt, locale)} · {labels.by(d.deciderName)}
              {d.onBehalfOfName ? ` (${labels.onBehalfOf(d.onBehalfOfName)})` : ""}
            </p>
            {d.conditions ? (
              <p>
                <span className="font-semibold">{labels.conditions}:</span> {d.conditions}
              </p>
            ) : null}
            {d.reason ? (
              <p>
                <span className="font-semibold">{labels.reason}:</span> {d.reason}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Questions, answers and notes on a declaration. */
export function MessageList({
  id,
  title,
  items,
  locale,
}: {
  id: string;
  title: string;
  items: MessageItem[];
  locale: Locale;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-2 space-y-3">
        {items.map((m, i) => (
          <li key={i} className="rounded border border-neutral-300 p-3">
            <p className="text-sm text-neutral-700">
              {m.authorName} · {formatDateTime(m.createdAt, locale)}
            </p>
            <p className="whitespace-pre-line">{m.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
