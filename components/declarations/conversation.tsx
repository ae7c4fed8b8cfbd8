import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { keyIn } from "@/lib/i18n/keys";
import { Section } from "@/components/ui/section";

export interface DecisionItem {
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

/** A titled list of entries about a declaration (decisions, messages). */
function ListSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Section id={id} title={title}>
      <ul className="mt-2 space-y-3">{children}</ul>
    </Section>
  );
}

/** The decisions taken on a declaration, as the employee and the decider see them. */
export async function DecisionList({ id, title, items }: { id: string; title: string; items: DecisionItem[] }) {
  if (items.length === 0) return null;
  const { t, locale } = await getT();
  return (
    <ListSection id={id} title={title}>
      {items.map((d, i) => (
        <li key={i} className="rounded border border-neutral-300 p-3">
          <p className="font-bold">
            {t(keyIn("declarations.decisionOutcome", d.outcome))} · {formatDateTime(d.createdAt, locale)} ·{" "}
            {t("declarations.detail.by", { name: d.deciderName })}
            {d.onBehalfOfName ? ` (${t("declarations.detail.onBehalfOf", { name: d.onBehalfOfName })})` : ""}
          </p>
          {d.conditions ? (
            <p>
              <span className="font-semibold">{t("declarations.detail.conditions")}:</span> {d.conditions}
            </p>
          ) : null}
          {d.reason ? (
            <p>
              <span className="font-semibold">{t("declarations.detail.reason")}:</span> {d.reason}
            </p>
          ) : null}
        </li>
      ))}
    </ListSection>
  );
}

/** The line above a declaration's title: its type and, once sent, its reference ("Kenmerk GES-2026-00042"). */
export async function DeclarationKicker({ type, reference }: { type: string; reference: string | null }) {
  const { t } = await getT();
  return (
    <p className="text-neutral-700">
      {t(keyIn("declarations.types", type))}
      {reference ? (
        <>
          {" "}
          · {t("declarations.detail.reference")}{" "}
          <span className="font-semibold" data-testid="reference">
            {reference}
          </span>
        </>
      ) : null}
    </p>
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
    <ListSection id={id} title={title}>
      {items.map((m, i) => (
        <li key={i} className="rounded border border-neutral-300 p-3">
          <p className="text-sm text-neutral-700">
            {m.authorName} · {formatDateTime(m.createdAt, locale)}
          </p>
          <p className="whitespace-pre-line">{m.body}</p>
        </li>
      ))}
    </ListSection>
  );
}
