// Public API of the rule module. Pure TypeScript: no I/O, no framework, no clock.
export * from "./types";
export { RuleInputError, isRuleInputError, type RuleInputErrorCode } from "./errors";
export {
  PROFILES,
  getProfile,
  tightenProfile,
  assertProfile,
  isProfileId,
  type PolicyProfile,
  type PublicationCriterion,
  type TighteningSettings,
  type TighteningError,
  type TightenResult,
} from "./profiles";
export { RULES, getRule, hasRule, type RuleDefinition } from "./registry";
export { SIDE_JOB_QUESTIONS, ALL_SIDE_JOB_QUESTION_IDS, type SideJobQuestion } from "./side-job-questions";
export * from "./input";
export {
  evaluate,
  meetsPublication,
  stricterOutcome,
  OUTCOME_ORDER,
  DECIDER_ORDER,
  type EvaluationContext,
} from "./evaluate";
export { OBLIGATION_TEXT, OBLIGATION_TEXT_BY_OUTCOME, OBLIGATIONS_LEFT_OUT, obligationText } from "./obligations";
export { CODE_NAMES, codeName, readableCitation, ruleAnchor, type ReadableCitation } from "./readable";
export {
  PRIVATE_RELATIONSHIP_POLICY,
  SUPPLIER_CONTACT_POLICY,
  type PrivateRelationshipPolicy,
  type SupplierContactPolicy,
  type RelationshipMeasure,
} from "./evaluate/recusal-policy";
export {
  ruleReference,
  renderReferenceMarkdown,
  allProfileReferences,
  profileParameters,
  type ProfileReference,
  type ReferenceParameter,
} from "./reference";
export { TIME_ZONE, isCalendarDate, isInstant, parseInstant, monthsLater } from "./dates";
