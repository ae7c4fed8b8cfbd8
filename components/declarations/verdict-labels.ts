import { codeName, getProfile, type Verdict } from "@/lib/rules";
import type { VerdictLabels } from "./verdict-panel";

type T = (key: string, values?: Record<string, string>) => string;
const OUTCOMES = ["no-duty", "register", "approval-required", "not-permitted"] as const;

/** Who reads the verdict: the employee who files it, or the one who decides on it (decision 052). */
export type Audience = "employee" | "decider";

/**
 * The lead sentence under the outcome, per audience, from the "declarations.verdictStory" messages. A verdict that
 * leaves a decision (a handed-in gift registered, decisionRequired) never says "no decision is needed".
 */
export function verdictLead(
  t: T,
  verdict: Pick<Verdict, "outcome" | "decisionRequired">,
  audience: Audience,
  decider: string,
): string {
  const permittedWithDecision =
    (verdict.outcome === "register" || verdict.outcome === "no-duty") && verdict.decisionRequired;
  const key = permittedWithDecision ? "registerDecision" : verdict.outcome;
  return t(`verdictStory.${audience}.lead.${key}`, { decider });
}

/** Texts for the verdict panel from the "declarations" messages (works with server and client translators). */
export function verdictLabels(
  t: T,
  verdict: Verdict,
  locale: "nl" | "en",
  audience: Audience = "employee",
): VerdictLabels {
  const decider = verdict.deciderLabel?.[locale] || t(`decider.${verdict.decider}`);
  return {
    title: audience === "decider" ? t("verdictStory.decider.title") : t("form.verdictTitle"),
    outcome: Object.fromEntries(OUTCOMES.map((o) => [o, t(`outcome.${o}`)])),
    lead: Object.fromEntries(
      OUTCOMES.map((o) => [
        o,
        verdictLead(t, { outcome: o, decisionRequired: verdict.decisionRequired }, audience, decider),
      ]),
    ),
    obligations: t("form.obligations"),
    reasons: t("form.reasons"),
    ruleLink: t("form.ruleLink"),
    checkedAgainst: t("citation.checkedAgainst", { code: codeName(getProfile(verdict.profileId).source) }),
    policyVersion: t("form.policyVersion", { version: verdict.policyVersion }),
  };
}
