// Mapping between the rule module's ids and the database enums.
import type { DeclarationType as RuleType, Outcome, Decider, ProfileId } from "@/lib/rules";
import type { DeclarationType as DbType, RuleOutcome, DeciderRole, PolicyProfile } from "@/lib/generated/prisma/enums";

export const RULE_TO_DB_TYPE: Record<RuleType, DbType> = {
  gift: "GIFT",
  invitation: "INVITATION",
  "commercial-activity": "COMMERCIAL_ACTIVITY",
  "trip-extension": "TRIP_EXTENSION",
  "side-job": "SIDE_JOB",
  "financial-interest": "FINANCIAL_INTEREST",
  "former-employee-hire": "FORMER_EMPLOYEE_HIRE",
  "ex-minister-contact": "EX_MINISTER_CONTACT",
  "job-move": "JOB_MOVE",
  // decision 039
  "sale-to-employer": "SALE_TO_EMPLOYER",
  "partner-travel": "PARTNER_TRAVEL",
  "travel-benefit": "TRAVEL_BENEFIT",
  "service-car": "SERVICE_CAR",
  // decision 040
  "tobacco-industry-contact": "TOBACCO_INDUSTRY_CONTACT",
  "parliament-contact": "PARLIAMENT_CONTACT",
  "expense-claim": "EXPENSE_CLAIM",
  "private-relationship": "PRIVATE_RELATIONSHIP",
  "supplier-contact": "SUPPLIER_CONTACT",
};

export const DB_TO_RULE_TYPE = Object.fromEntries(Object.entries(RULE_TO_DB_TYPE).map(([k, v]) => [v, k])) as Record<
  DbType,
  RuleType
>;

export const OUTCOME_TO_DB: Record<Outcome, RuleOutcome> = {
  "no-duty": "NO_DUTY",
  register: "REGISTER",
  "approval-required": "APPROVAL_REQUIRED",
  "not-permitted": "NOT_PERMITTED",
};

export const DECIDER_TO_DB: Record<Decider, DeciderRole> = {
  none: "NONE",
  manager: "MANAGER",
  "integrity-officer": "INTEGRITY_OFFICER",
  top: "TOP",
};

export const PROFILE_TO_RULES: Record<PolicyProfile, ProfileId> = {
  RIJK: "rijk",
  EERSTE_KAMER: "eerste-kamer",
  GEMEENTE: "gemeente",
  PROVINCIE: "provincie",
};

/** The inverse of PROFILE_TO_RULES (the one place the two spellings of a profile id meet). */
export const RULES_TO_PROFILE = Object.fromEntries(
  Object.entries(PROFILE_TO_RULES).map(([db, id]) => [id, db]),
) as Record<ProfileId, PolicyProfile>;

export function isRuleType(value: string): value is RuleType {
  return value in RULE_TO_DB_TYPE;
}
