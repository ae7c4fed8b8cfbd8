// The evaluator: one pure function from (declaration, profile, person, now) to a Verdict.
// Each declaration type has its own file here (schema and evaluator; the newer types also their rules and texts);
// the collector (collector.ts) gathers the reasons, and EVALUATORS below dispatches by type.
import { dateOfInstant } from "../dates";
import { RuleInputError } from "../errors";
import { parseDeclarationInput, parseNow, parsePersonFacts, type DeclarationInput } from "../input";
import { assertProfile, type PolicyProfile } from "../profiles";
import type { Decider, DeclarationType, LocalizedText, PersonFacts, Verdict } from "../types";
import { obligationsFor } from "../obligations";
import { Collector, type Env } from "./collector";
import { evaluateGift } from "./gift";
import { evaluateInvitation } from "./invitation";
import { evaluateCommercialActivity } from "./commercial-activity";
import { evaluateTripExtension } from "./trip-extension";
import { evaluateSideJob } from "./side-job";
import { evaluateFinancialInterest } from "./financial-interest";
import { evaluateFormerEmployeeHire } from "./former-employee-hire";
import { evaluateExMinisterContact } from "./ex-minister-contact";
import { evaluateJobMove } from "./job-move";
import { evaluateSaleToEmployer } from "./sale-to-employer";
import { evaluatePartnerTravel } from "./partner-travel";
import { evaluateTravelBenefit } from "./travel-benefit";
import { evaluateServiceCar } from "./service-car";
import { evaluateTobaccoIndustryContact } from "./tobacco-industry-contact";
import { evaluateParliamentContact } from "./parliament-contact";
import { evaluateExpenseClaim } from "./expense-claim";
import { evaluatePrivateRelationship } from "./private-relationship";
import { evaluateSupplierContact } from "./supplier-contact";

export { OUTCOME_ORDER, DECIDER_ORDER, stricterOutcome } from "./collector";
export { meetsPublication } from "./side-job";

export interface EvaluationContext {
  profile: PolicyProfile;
  person: PersonFacts;
  /** ISO instant; "YYYY-MM-DDTHH:mm" without offset means Europe/Amsterdam. */
  now: string;
}

type Evaluator<T extends DeclarationType> = (d: Extract<DeclarationInput, { type: T }>, env: Env, c: Collector) => void;

/**
 * One evaluator per declaration type. The mapped type makes the table exhaustive: a type in DECLARATION_TYPES
 * without an entry here (or with an evaluator for another type's input) fails the type check.
 */
const EVALUATORS: { readonly [T in DeclarationType]: Evaluator<T> } = {
  gift: evaluateGift,
  invitation: evaluateInvitation,
  "commercial-activity": evaluateCommercialActivity,
  "trip-extension": evaluateTripExtension,
  "side-job": evaluateSideJob,
  "financial-interest": evaluateFinancialInterest,
  "former-employee-hire": evaluateFormerEmployeeHire,
  "ex-minister-contact": evaluateExMinisterContact,
  "job-move": evaluateJobMove,
  "sale-to-employer": evaluateSaleToEmployer,
  "partner-travel": evaluatePartnerTravel,
  "travel-benefit": evaluateTravelBenefit,
  "service-car": evaluateServiceCar,
  "tobacco-industry-contact": evaluateTobaccoIndustryContact,
  "parliament-contact": evaluateParliamentContact,
  "expense-claim": evaluateExpenseClaim,
  "private-relationship": evaluatePrivateRelationship,
  "supplier-contact": evaluateSupplierContact,
};

function dispatch<T extends DeclarationType>(d: Extract<DeclarationInput, { type: T }>, env: Env, c: Collector): void {
  (EVALUATORS[d.type as T] as Evaluator<T>)(d, env, c);
}

function deciderLabel(decider: Decider, p: PolicyProfile, type: DeclarationInput["type"]): LocalizedText {
  switch (decider) {
    case "none":
      return { nl: "niemand: er is geen besluit nodig", en: "nobody: no decision needed" };
    case "manager":
      if (type === "commercial-activity" && p.commercialActivity.decidedBy === "management")
        return { nl: "het management", en: "management" };
      return { nl: "je leidinggevende", en: "your manager" };
    case "integrity-officer":
      return { nl: "de integriteitsfunctionaris of compliance officer", en: "the integrity or compliance officer" };
    case "top":
      return { nl: `de ${p.topTitle.nl}`, en: `the ${p.topTitle.en}` };
  }
}

/**
 * Judge one declaration. Input is re-validated (bad input throws RuleInputError, never a verdict).
 * `now` is the moment of the request: the trip-extension "before departure" rule and the
 * "in advance" checks compare against it.
 */
export function evaluate(input: DeclarationInput, context: EvaluationContext): Verdict {
  if (typeof context !== "object" || context === null) {
    throw new RuleInputError("", "missing", {
      nl: "De context (profiel, persoon, nu) ontbreekt.",
      en: "The context (profile, person, now) is missing.",
    });
  }
  const p = assertProfile(context.profile);
  const person = parsePersonFacts(context.person);
  const nowMs = parseNow(context.now);
  const d = parseDeclarationInput(input);
  const env: Env = { p, person, nowMs, today: dateOfInstant(nowMs) };
  const c = new Collector(p);

  dispatch(d, env, c);

  const outcome = c.outcome();
  if (c.reasons.length === 0) throw new Error(`internal: no reason for ${d.type}`); // guarded by tests
  const decider = outcome === "no-duty" && c.decider !== "top" ? "none" : c.decider;
  return {
    profileId: p.id,
    policyVersion: p.version,
    type: d.type,
    outcome,
    decider,
    deciderLabel: deciderLabel(decider, p, d.type),
    publishInRegister: c.publish && outcome !== "not-permitted",
    decisionRequired:
      outcome === "approval-required" || outcome === "not-permitted" || (c.decisionRequired && decider !== "none"),
    voluntaryRegistrationPossible: c.voluntary || outcome === "no-duty",
    obligations: obligationsFor(c.obligations, p, outcome),
    reasons: c.reasons,
    evaluatedAt: new Date(nowMs).toISOString(),
  };
}
