// The registry of every rule the module can cite. A reason's ruleId must be one of these ids
// (tested). Ids are "<topic>.<rule>@<profile>" so each rule carries exactly its own source lines.
// The definitions live one file per declaration type; the order below is the registry's order (the generated
// docs/rules-reference.md follows it).
import type { RuleDefinition } from "./family";
import { GENERAL_RULES } from "./general";
import { GIFT_RULES } from "./gift";
import { INVITATION_RULES } from "./invitation";
import { COMMERCIAL_ACTIVITY_RULES } from "./commercial-activity";
import { TRIP_EXTENSION_RULES } from "./trip-extension";
import { SIDE_JOB_RULES } from "./side-job";
import { FINANCIAL_INTEREST_RULES } from "./financial-interest";
import { FORMER_EMPLOYEE_HIRE_RULES } from "./former-employee-hire";
import { EX_MINISTER_CONTACT_RULES } from "./ex-minister-contact";
import { JOB_MOVE_RULES } from "./job-move";
import { TOBACCO_INDUSTRY_CONTACT_RULES } from "../evaluate/tobacco-industry-contact";
import { PARLIAMENT_CONTACT_RULES } from "../evaluate/parliament-contact";
import { EXPENSE_CLAIM_RULES } from "../evaluate/expense-claim";
import { RECUSAL_RULES } from "../evaluate/recusal-policy";
import { SALE_TO_EMPLOYER_RULES } from "../evaluate/sale-to-employer";
import { PARTNER_TRAVEL_RULES } from "../evaluate/partner-travel";
import { TRAVEL_BENEFIT_RULES } from "../evaluate/travel-benefit";
import { SERVICE_CAR_RULES } from "../evaluate/service-car";

export type { RuleDefinition } from "./family";

export const RULES: readonly RuleDefinition[] = Object.freeze([
  ...GENERAL_RULES,
  ...GIFT_RULES,
  ...INVITATION_RULES,
  ...COMMERCIAL_ACTIVITY_RULES,
  ...TRIP_EXTENSION_RULES,
  ...SIDE_JOB_RULES,
  ...FINANCIAL_INTEREST_RULES,
  ...FORMER_EMPLOYEE_HIRE_RULES,
  ...EX_MINISTER_CONTACT_RULES,
  ...JOB_MOVE_RULES,
  // ---------------------------------------------------------------- issue 13 group 2 (decision 039)
  ...SALE_TO_EMPLOYER_RULES,
  ...PARTNER_TRAVEL_RULES,
  ...TRAVEL_BENEFIT_RULES,
  ...SERVICE_CAR_RULES,
  // ---------------------------------------------------------------- issue 13 group 2 (decision 040)
  ...TOBACCO_INDUSTRY_CONTACT_RULES,
  ...PARLIAMENT_CONTACT_RULES,
  ...EXPENSE_CLAIM_RULES,
  // ---------------------------------------------------------------- private relationships, supplier contacts (decision 041)
  ...RECUSAL_RULES,
]);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): RuleDefinition {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`Rule ${id} is not in the registry`);
  return r;
}

export function hasRule(id: string): boolean {
  return BY_ID.has(id);
}
