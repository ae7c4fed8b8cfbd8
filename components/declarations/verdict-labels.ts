import type { Verdict } from "@/lib/rules";
import type { VerdictLabels } from "./verdict-panel";

type T = (key: string, values?: Record<string, string>) => string;
const OUTCOMES = ["no-duty", "register", "approval-required", "not-permitted"] as const;

/** Texts for the verdict panel from the "declarations" messages (works with server and client translators). */
export function verdictLabels(t: T, verdict: Verdict, locale: "nl" | "en"): VerdictLabels {
  const decider = verdict.deciderLabel?.[locale] || t(`decider.${verdict.decider}`);
  return {
    title: t("form.verdictTitle"),
    outcome: Object.fromEntries(OUTCOMES.map((o) => [o, t(`outcome.${o}`)])),
    lead: Object.fromEntries(OUTCOMES.map((o) => [o, t(`outcomeLead.${o}`, { decider })])),
    obligations: t("form.obligations"),
    reasons: t("form.reasons"),
    ruleLink: t("form.ruleLink"),
    policyVersion: t("form.policyVersion", { version: verdict.policyVersion }),
  };
}
