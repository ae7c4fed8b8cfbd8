// The verdict collector: each evaluator adds reasons (with the rule's citation), obligations and the decider to it;
// the outcome is the strictest reason's. Also the orders of outcomes and deciders.
import { OBLIGATION_TEXT } from "../obligations";
import type { PolicyProfile } from "../profiles";
import { getRule } from "../registry";
import type { Decider, Obligation, ObligationCode, Outcome, PersonFacts, Reason } from "../types";

export const OUTCOME_ORDER: Readonly<Record<Outcome, number>> = {
  "no-duty": 0,
  register: 1,
  "approval-required": 2,
  "not-permitted": 3,
};
export const DECIDER_ORDER: Readonly<Record<Decider, number>> = { none: 0, manager: 1, "integrity-officer": 2, top: 3 };

export function stricterOutcome(a: Outcome, b: Outcome): Outcome {
  return OUTCOME_ORDER[a] >= OUTCOME_ORDER[b] ? a : b;
}

/** What every evaluator in lib/rules/evaluate/ reads: the profile, the person and the moment. */
export interface Env {
  p: PolicyProfile;
  person: PersonFacts;
  nowMs: number;
  today: string;
}

export class Collector {
  readonly reasons: Reason[] = [];
  readonly obligations: Obligation[] = [];
  decider: Decider = "none";
  publish = false;
  voluntary = false;
  decisionRequired = false;
  constructor(private readonly p: PolicyProfile) {}

  reason(base: string, outcome: Outcome, nl: string, en: string): void {
    const rule = getRule(`${base}@${this.p.id}`);
    this.reasons.push({
      ruleId: rule.id,
      outcome,
      message: { nl, en },
      citation: rule.citation.map((c) => ({ ...c })),
    });
  }

  oblige(base: string, ...codes: ObligationCode[]): void {
    const rule = getRule(`${base}@${this.p.id}`);
    for (const code of codes) {
      if (this.obligations.some((o) => o.code === code)) continue;
      this.obligations.push({ code, text: OBLIGATION_TEXT[code](this.p), ruleId: rule.id });
    }
  }

  /**
   * The steps most rules take together: the rule's reason, the duties it brings and, if given, the decider it routes
   * to (as `reason`, `oblige` and `route` one after the other).
   */
  finding(base: string, outcome: Outcome, nl: string, en: string, duties: ObligationCode[], routeTo?: Decider): void {
    this.reason(base, outcome, nl, en);
    this.oblige(base, ...duties);
    if (routeTo) this.route(routeTo);
  }

  route(d: Decider): void {
    if (DECIDER_ORDER[d] > DECIDER_ORDER[this.decider]) this.decider = d;
  }

  /** The code leaves a decision to this decider, even when the outcome itself is only "register" (decision 038). */
  decide(d: Decider): void {
    this.route(d);
    this.decisionRequired = true;
  }

  outcome(): Outcome {
    return this.reasons.reduce<Outcome>((acc, r) => stricterOutcome(acc, r.outcome), "no-duty");
  }
}
