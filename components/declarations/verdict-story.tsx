// One story per declaration (decision 052): before the decision, the code's verdict speaks to its reader (the employee
// who files, or the decider); after it, the decision is the headline and the verdict at filing follows in a neutral
// style, labelled as what the code said when the declaration was sent, with the decider's reason where they decided
// otherwise. Server component: no hooks, works without JavaScript.
import type { Verdict } from "@/lib/rules";
import { formatDate, formatDateTime, type Locale } from "@/lib/format";
import { codeStance } from "@/lib/decisions/against-code";
import type { DecisionItem } from "./conversation";
import { VerdictPanel } from "./verdict-panel";
import { verdictLabels, type Audience } from "./verdict-labels";

type T = (key: string, values?: Record<string, string>) => string;

const FINAL = new Set(["APPROVED", "APPROVED_WITH_CONDITIONS", "REFUSED"]);

const HEADLINE_TONE: Record<string, string> = {
  APPROVED: "border-green-700 bg-green-50",
  APPROVED_WITH_CONDITIONS: "border-green-700 bg-green-50",
  REFUSED: "border-error bg-red-50",
};

/** A decision as the conversation lists it, and whether it went against the code's verdict. */
export type StoryDecision = DecisionItem & { againstCode: boolean };

/**
 * `td` translates in the "declarations" namespace. `decisions` in time order: the last final one is the headline.
 * `submittedAt` dates a recomputed verdict.
 */
export function VerdictStory({
  td,
  locale,
  audience,
  verdict,
  recomputed,
  submittedAt,
  decisions,
  declarantName,
}: {
  td: T;
  locale: Locale;
  audience: Audience;
  verdict: Verdict | null;
  recomputed: boolean;
  submittedAt: string | null;
  decisions: StoryDecision[];
  declarantName?: string;
}) {
  const decision = [...decisions].reverse().find((x) => FINAL.has(x.outcome)) ?? null;
  const filedOn = submittedAt ? formatDate(submittedAt.slice(0, 10), locale) : "–";
  if (!decision) {
    if (!verdict)
      return audience === "decider" ? (
        <p className="border-l-8 border-neutral-400 bg-neutral-50 p-4" data-testid="verdict-missing">
          {td("verdictStory.decider.noVerdict")}
        </p>
      ) : null;
    const labels = verdictLabels(td, verdict, locale, audience);
    return (
      <VerdictPanel
        verdict={verdict}
        locale={locale}
        labels={{
          ...labels,
          ...(audience === "decider" && declarantName
            ? { obligations: td("verdictStory.decider.obligations", { name: declarantName }) }
            : {}),
        }}
        note={recomputed ? td("verdictStory.decider.recomputed", { date: filedOn }) : undefined}
        extra={
          audience === "decider" && codeStance(verdict) !== "open"
            ? td("verdictStory.decider.againstCodeNote")
            : undefined
        }
      />
    );
  }
  const labels = verdict ? verdictLabels(td, verdict, locale, audience) : null;
  return (
    <>
      <section
        aria-labelledby="besluit-kop"
        className={`border-l-8 p-4 ${HEADLINE_TONE[decision.outcome] ?? ""}`}
        data-testid="decision-headline"
        data-outcome={decision.outcome}
      >
        <h2 id="besluit-kop" className="text-lg font-bold">
          {td("verdictStory.decided.title")}
        </h2>
        <p className="mt-1 text-xl font-bold">{td(`decisionOutcome.${decision.outcome}`)}</p>
        <p className="mt-1 text-neutral-800">
          {td("verdictStory.decided.by", {
            name: decision.onBehalfOfName
              ? `${decision.deciderName} (${td("detail.onBehalfOf", { name: decision.onBehalfOfName })})`
              : decision.deciderName,
            date: formatDateTime(decision.createdAt, locale),
          })}
        </p>
        {decision.conditions ? (
          <p className="mt-2 whitespace-pre-line break-words">
            <span className="font-semibold">{td("verdictStory.decided.conditions")}:</span> {decision.conditions}
          </p>
        ) : null}
        {decision.againstCode ? (
          <p className="mt-2 font-semibold" data-testid="decision-against-code">
            {td("verdictStory.decided.againstCode")}
          </p>
        ) : null}
        {decision.reason ? (
          <p className="mt-1 whitespace-pre-line break-words" data-testid="decision-reason">
            <span className="font-semibold">{td("verdictStory.decided.reason")}:</span> {decision.reason}
          </p>
        ) : null}
      </section>
      {verdict && labels ? (
        <VerdictPanel
          verdict={verdict}
          locale={locale}
          neutral
          testId="verdict-at-filing"
          titleId="verdict-at-filing-title"
          labels={{
            ...labels,
            title: td("verdictStory.decided.atFilingTitle"),
            outcome: Object.fromEntries(
              Object.entries(labels.outcome).map(([k, v]) => [
                k,
                td("verdictStory.decided.atFilingOutcome", { outcome: v }),
              ]),
            ),
          }}
          note={
            recomputed
              ? td("verdictStory.decided.atFilingRecomputed", { date: filedOn })
              : td("verdictStory.decided.atFilingNote")
          }
        />
      ) : null}
    </>
  );
}
