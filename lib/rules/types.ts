// Core types of the rule module. Everything here is plain data, JSON-serialisable,
// and free of I/O so it runs unchanged on the server and in the browser.

import type { Group2aObligationCode } from "./evaluate/group2a-common";
import type { Group2bObligationCode } from "./evaluate/group2b-common";

export const PROFILE_IDS = ["rijk", "eerste-kamer", "gemeente", "provincie"] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export const DECLARATION_TYPES = [
  "gift",
  "invitation",
  "commercial-activity",
  "trip-extension",
  "side-job",
  "financial-interest",
  "former-employee-hire",
  "ex-minister-contact",
  "job-move",
  // issue 13 group 2, decision 039
  "sale-to-employer",
  "partner-travel",
  "travel-benefit",
  "service-car",
  // issue 13 group 2, decision 040
  "tobacco-industry-contact",
  "parliament-contact",
  "expense-claim",
  // decision 041: the duties that end in a recusal
  "private-relationship",
  "supplier-contact",
] as const;
export type DeclarationType = (typeof DECLARATION_TYPES)[number];

/** Ordered from most permissive to most restrictive (see OUTCOME_ORDER). */
export const OUTCOMES = ["no-duty", "register", "approval-required", "not-permitted"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Routing hint for the workflow, ordered from "nobody" to "the top of the organisation". */
export const DECIDERS = ["none", "manager", "integrity-officer", "top"] as const;
export type Decider = (typeof DECIDERS)[number];

export type SourceFile = "000" | "001" | "002" | "003" | "004";

/** A source citation: file key (see /work/shared/sources/README.md) and a line range like "L419-421". */
export interface Citation {
  file: SourceFile;
  lines: string;
}

export interface LocalizedText {
  nl: string;
  en: string;
}

export interface Reason {
  ruleId: string;
  /** The outcome this rule on its own leads to; the verdict's outcome is the strictest of these. */
  outcome: Outcome;
  message: LocalizedText;
  citation: Citation[];
}

export interface Obligation {
  code: ObligationCode;
  text: LocalizedText;
  ruleId: string;
}

export type ObligationCode =
  | "report-to-manager"
  | "discuss-in-advance"
  | "hand-in-gift"
  | "manager-decides-destination"
  | "refuse-or-return"
  | "explain-refusal-to-giver"
  | "no-private-use-of-points"
  | "treat-as-organisation-gift"
  | "written-approval-before-departure"
  | "pay-extra-costs-yourself"
  | "service-interest-first"
  | "pay-own-share"
  | "declare-costs-by-the-rules"
  | "decide-who-represents"
  | "manager-may-make-it-a-business-trip"
  | "accept-no-fee"
  | "explicit-agreement-required"
  | "publish-in-register"
  | "reassess-on-change"
  | "do-not-start-or-stop"
  | "do-not-use-work-information"
  | "report-end-of-side-job"
  | "report-financial-interest"
  | "provide-information-on-request"
  | "keep-inside-information-secret"
  | "do-not-hold-or-acquire"
  | "refer-to-top"
  | "no-business-contact"
  | "report-move-in-time"
  | "discuss-risks"
  | "agree-cooling-off"
  | "keep-secrecy-after-leaving"
  | "do-not-hire"
  | "justify-in-writing"
  | "weighty-reasons-approval"
  | "exceptional-approval"
  | "shorten-extension"
  // issue 13 group 2, decision 039 (texts in lib/rules/evaluate/group2a-common.ts)
  | Group2aObligationCode
  // issue 13 group 2, decision 040 (texts in lib/rules/evaluate/group2b-common.ts)
  | Group2bObligationCode
  // decision 041 (lib/rules/evaluate/recusal-policy.ts)
  | import("./evaluate/recusal-policy").RecusalObligationCode;

export interface PersonFacts {
  salaryScale: number | null;
  topManagementGroup: boolean;
  /** topfunctionaris (Gemeente) */
  topOfficial: boolean;
  financialRiskFunction: boolean;
  vulnerableFunction: boolean;
  isManager: boolean;
}

export interface Verdict {
  profileId: ProfileId;
  policyVersion: string;
  type: DeclarationType;
  outcome: Outcome;
  decider: Decider;
  /** Who that is in this organisation, e.g. "Secretaris-Generaal". */
  deciderLabel: LocalizedText;
  /** The item must be published in the public side-job register once it is allowed. */
  publishInRegister: boolean;
  /**
   * Someone (the decider) must take a decision: always for "approval-required" and "not-permitted", and for a
   * "register" verdict where the code leaves a decision to the manager (the destination of a handed-in gift,
   * 002 L408-411). Verdicts stored before this field existed lack it: read a missing value as "by outcome".
   */
  decisionRequired: boolean;
  /** The person may register the item voluntarily even when there is no duty. */
  voluntaryRegistrationPossible: boolean;
  obligations: Obligation[];
  reasons: Reason[];
  /** The `now` the verdict was computed for (normalised ISO instant, UTC). */
  evaluatedAt: string;
}
