import { readableCitation, type Verdict } from "@/lib/rules";

export interface VerdictLabels {
  title: string;
  outcome: Record<string, string>;
  lead: Record<string, string>;
  obligations: string;
  reasons: string;
  ruleLink: string;
  /** "Getoetst aan de Gedragscode Integriteit Rijk.": what a person reads instead of a policy version id. */
  checkedAgainst: string;
  /** The policy version id: administrators only (`technical`). */
  policyVersion: string;
}

const TONE: Record<string, string> = {
  "no-duty": "border-neutral-500 bg-neutral-50",
  register: "border-sky-700 bg-sky-50",
  "approval-required": "border-amber-600 bg-amber-50",
  "not-permitted": "border-error bg-red-50",
};

function citationText(c: { file: string; lines: string }[]): string {
  return c.map((x) => `${x.file} ${x.lines.replace(/-/g, "–")}`).join("; ");
}

/**
 * Where a reason comes from, as a person reads it: the code's name and section, linking to the rule's quote on
 * /gedragscode (decision 059). File and line numbers and the rule id only with `technical` (administrators' views).
 */
function ReasonSource({
  reason,
  labels,
  technical,
}: {
  reason: Verdict["reasons"][number];
  labels: VerdictLabels;
  technical: boolean;
}) {
  const readable = readableCitation(reason.ruleId);
  return (
    <span className="mt-0.5 block text-sm text-neutral-700" data-testid="reason-source">
      {/* The code's name and its heading are Dutch, as the source prints them, also in the English interface. */}
      <a href={readable?.href ?? "/gedragscode"} lang={readable ? "nl" : undefined}>
        {readable?.label ?? labels.ruleLink}
      </a>
      {technical ? (
        <>
          {" "}
          ({citationText(reason.citation)} · <code>{reason.ruleId}</code>)
        </>
      ) : null}
    </span>
  );
}

/** The rule module's verdict: outcome, what to do, and why (with the source of each rule). */
export function VerdictPanel({
  verdict,
  locale,
  labels,
  headingLevel = 2,
  titleId = "verdict-title",
  testId = "verdict",
  neutral = false,
  note,
  extra,
  technical = false,
}: {
  verdict: Verdict;
  locale: "nl" | "en";
  labels: VerdictLabels;
  headingLevel?: 2 | 3;
  titleId?: string;
  testId?: string;
  /** After the decision (decision 052): grey, no lead, the outcome as "the code said". */ neutral?: boolean;
  note?: string;
  extra?: string;
  /** An administrator's view (the policy simulator): also the source lines, rule ids and the policy version. */
  technical?: boolean;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section
      aria-labelledby={titleId}
      className={`border-l-8 p-4 ${neutral ? "border-neutral-400 bg-neutral-50" : (TONE[verdict.outcome] ?? "")}`}
      data-testid={testId}
      data-outcome={verdict.outcome}
      data-neutral={neutral ? "true" : undefined}
    >
      <H id={titleId} className="text-lg font-bold">
        {labels.title}
      </H>
      {note ? (
        <p className="mt-1 text-neutral-800" data-testid="verdict-note">
          {note}
        </p>
      ) : null}
      <p className={neutral ? "mt-1 font-semibold" : "mt-1 text-xl font-bold"} data-testid="verdict-outcome">
        {labels.outcome[verdict.outcome]}
      </p>
      {neutral ? null : (
        <p className="mt-1" data-testid="verdict-lead">
          {labels.lead[verdict.outcome]}
        </p>
      )}
      {extra ? (
        <p className="mt-1" data-testid="verdict-extra">
          {extra}
        </p>
      ) : null}
      {verdict.obligations.length > 0 ? (
        <>
          <Sub className="mt-3 font-bold">{labels.obligations}</Sub>
          <ul className="mt-1 list-disc space-y-1 pl-6" data-testid="verdict-obligations">
            {verdict.obligations.map((o) => (
              <li key={`${o.code}-${o.ruleId}`}>{o.text[locale]}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Sub className="mt-3 font-bold">{labels.reasons}</Sub>
      <ul className="mt-1 space-y-2" data-testid="verdict-reasons">
        {verdict.reasons.map((r) => (
          <li key={r.ruleId}>
            {r.message[locale]}
            <ReasonSource reason={r} labels={labels} technical={technical} />
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-neutral-700" data-testid="verdict-code">
        {technical ? labels.policyVersion : labels.checkedAgainst}
      </p>
    </section>
  );
}
