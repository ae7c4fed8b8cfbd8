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
export {
  parseDeclarationInput,
  parsePersonFacts,
  parseNow,
  toRuleInputError,
  MAX_CENTS,
  DECLARATION_SCHEMAS,
  GiftDeclarationSchema,
  InvitationDeclarationSchema,
  CommercialActivityDeclarationSchema,
  TripExtensionDeclarationSchema,
  SideJobDeclarationSchema,
  FinancialInterestDeclarationSchema,
  FormerEmployeeHireDeclarationSchema,
  ExMinisterContactDeclarationSchema,
  JobMoveDeclarationSchema,
  SaleToEmployerDeclarationSchema,
  PartnerTravelDeclarationSchema,
  TravelBenefitDeclarationSchema,
  ServiceCarDeclarationSchema,
  TobaccoIndustryContactDeclarationSchema,
  ParliamentContactDeclarationSchema,
  ExpenseClaimDeclarationSchema,
  PrivateRelationshipDeclarationSchema,
  SupplierContactDeclarationSchema,
  PersonFactsSchema,
  type DeclarationInput,
  type GiftDeclaration,
  type InvitationDeclaration,
  type CommercialActivityDeclaration,
  type TripExtensionDeclaration,
  type SideJobDeclaration,
  type FinancialInterestDeclaration,
  type FormerEmployeeHireDeclaration,
  type ExMinisterContactDeclaration,
  type JobMoveDeclaration,
  type SaleToEmployerDeclaration,
  type PartnerTravelDeclaration,
  type TravelBenefitDeclaration,
  type ServiceCarDeclaration,
  type TobaccoIndustryContactDeclaration,
  type ParliamentContactDeclaration,
  type ExpenseClaimDeclaration,
  type PrivateRelationshipDeclaration,
  type SupplierContactDeclaration,
} from "./input";
export { evaluate, meetsPublication, stricterOutcome, OUTCOME_ORDER, DECIDER_ORDER, type EvaluationContext } from "./evaluate";
export { OBLIGATION_TEXT } from "./obligations";
export { PRIVATE_RELATIONSHIP_POLICY, SUPPLIER_CONTACT_POLICY, type PrivateRelationshipPolicy, type SupplierContactPolicy, type RelationshipMeasure } from "./evaluate/recusal-policy";
export { ruleReference, renderReferenceMarkdown, allProfileReferences, profileParameters, type ProfileReference, type ReferenceParameter } from "./reference";
export { TIME_ZONE, isCalendarDate, isInstant, parseInstant, monthsLater } from "./dates";
