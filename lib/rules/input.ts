// Input schemas (Zod 4) and the parser that turns unknown JSON into a DeclarationInput or
// throws RuleInputError. No field has a default: a missing field is an error, never a guess.
// The schema of each type lives with its evaluator in lib/rules/evaluate/<type>.ts.
import { z } from "zod";
import { parseInstant } from "./dates";
import { RuleInputError, type RuleInputErrorCode } from "./errors";
import type { LocalizedText, PersonFacts } from "./types";
import { DECLARATION_TYPES } from "./types";
import { GiftDeclarationSchema, type GiftDeclaration } from "./evaluate/gift";
import { InvitationDeclarationSchema, type InvitationDeclaration } from "./evaluate/invitation";
import {
  CommercialActivityDeclarationSchema,
  type CommercialActivityDeclaration,
} from "./evaluate/commercial-activity";
import { TripExtensionDeclarationSchema, type TripExtensionDeclaration } from "./evaluate/trip-extension";
import { SideJobDeclarationSchema, type SideJobDeclaration } from "./evaluate/side-job";
import { FinancialInterestDeclarationSchema, type FinancialInterestDeclaration } from "./evaluate/financial-interest";
import {
  FormerEmployeeHireDeclarationSchema,
  type FormerEmployeeHireDeclaration,
} from "./evaluate/former-employee-hire";
import { ExMinisterContactDeclarationSchema, type ExMinisterContactDeclaration } from "./evaluate/ex-minister-contact";
import { JobMoveDeclarationSchema, type JobMoveDeclaration } from "./evaluate/job-move";
export {
  GiftDeclarationSchema,
  InvitationDeclarationSchema,
  CommercialActivityDeclarationSchema,
  TripExtensionDeclarationSchema,
  SideJobDeclarationSchema,
  FinancialInterestDeclarationSchema,
  FormerEmployeeHireDeclarationSchema,
  ExMinisterContactDeclarationSchema,
  JobMoveDeclarationSchema,
  type GiftDeclaration,
  type InvitationDeclaration,
  type CommercialActivityDeclaration,
  type TripExtensionDeclaration,
  type SideJobDeclaration,
  type FinancialInterestDeclaration,
  type FormerEmployeeHireDeclaration,
  type ExMinisterContactDeclaration,
  type JobMoveDeclaration,
};
import { SaleToEmployerDeclarationSchema, type SaleToEmployerDeclaration } from "./evaluate/sale-to-employer";
import { PartnerTravelDeclarationSchema, type PartnerTravelDeclaration } from "./evaluate/partner-travel";
import { TravelBenefitDeclarationSchema, type TravelBenefitDeclaration } from "./evaluate/travel-benefit";
import { ServiceCarDeclarationSchema, type ServiceCarDeclaration } from "./evaluate/service-car";

export {
  SaleToEmployerDeclarationSchema,
  PartnerTravelDeclarationSchema,
  TravelBenefitDeclarationSchema,
  ServiceCarDeclarationSchema,
  type SaleToEmployerDeclaration,
  type PartnerTravelDeclaration,
  type TravelBenefitDeclaration,
  type ServiceCarDeclaration,
};

import {
  TobaccoIndustryContactDeclarationSchema,
  type TobaccoIndustryContactDeclaration,
} from "./evaluate/tobacco-industry-contact";
import { ParliamentContactDeclarationSchema, type ParliamentContactDeclaration } from "./evaluate/parliament-contact";
import { ExpenseClaimDeclarationSchema, type ExpenseClaimDeclaration } from "./evaluate/expense-claim";

export {
  TobaccoIndustryContactDeclarationSchema,
  ParliamentContactDeclarationSchema,
  ExpenseClaimDeclarationSchema,
  type TobaccoIndustryContactDeclaration,
  type ParliamentContactDeclaration,
  type ExpenseClaimDeclaration,
};
import {
  PrivateRelationshipDeclarationSchema,
  SupplierContactDeclarationSchema,
  type PrivateRelationshipDeclaration,
  type SupplierContactDeclaration,
} from "./evaluate/recusal-input";
export {
  PrivateRelationshipDeclarationSchema,
  SupplierContactDeclarationSchema,
  type PrivateRelationshipDeclaration,
  type SupplierContactDeclaration,
};
export { MAX_CENTS } from "./evaluate/shared";

export const DECLARATION_SCHEMAS = {
  gift: GiftDeclarationSchema,
  invitation: InvitationDeclarationSchema,
  "commercial-activity": CommercialActivityDeclarationSchema,
  "trip-extension": TripExtensionDeclarationSchema,
  "side-job": SideJobDeclarationSchema,
  "financial-interest": FinancialInterestDeclarationSchema,
  "former-employee-hire": FormerEmployeeHireDeclarationSchema,
  "ex-minister-contact": ExMinisterContactDeclarationSchema,
  "job-move": JobMoveDeclarationSchema,
  // decision 039
  "sale-to-employer": SaleToEmployerDeclarationSchema,
  "partner-travel": PartnerTravelDeclarationSchema,
  "travel-benefit": TravelBenefitDeclarationSchema,
  "service-car": ServiceCarDeclarationSchema,
  // decision 040
  "tobacco-industry-contact": TobaccoIndustryContactDeclarationSchema,
  "parliament-contact": ParliamentContactDeclarationSchema,
  "expense-claim": ExpenseClaimDeclarationSchema,
  "private-relationship": PrivateRelationshipDeclarationSchema,
  "supplier-contact": SupplierContactDeclarationSchema,
} as const;

export type DeclarationInput =
  | GiftDeclaration
  | InvitationDeclaration
  | CommercialActivityDeclaration
  | TripExtensionDeclaration
  | SideJobDeclaration
  | FinancialInterestDeclaration
  | FormerEmployeeHireDeclaration
  | ExMinisterContactDeclaration
  | JobMoveDeclaration
  // decision 039
  | SaleToEmployerDeclaration
  | PartnerTravelDeclaration
  | TravelBenefitDeclaration
  | ServiceCarDeclaration
  // decision 040
  | TobaccoIndustryContactDeclaration
  | ParliamentContactDeclaration
  | ExpenseClaimDeclaration
  | PrivateRelationshipDeclaration
  | SupplierContactDeclaration;

export const PersonFactsSchema = z.strictObject({
  salaryScale: z.number().int().min(1).max(30).nullable(),
  topManagementGroup: z.boolean(),
  topOfficial: z.boolean(),
  financialRiskFunction: z.boolean(),
  vulnerableFunction: z.boolean(),
  isManager: z.boolean(),
});

// ---------------------------------------------------------------------------------------------

const CODE_TEXT: Record<RuleInputErrorCode, (field: string) => LocalizedText> = {
  "unknown-type": () => ({
    nl: `Onbekend soort melding. Kies uit: ${DECLARATION_TYPES.join(", ")}.`,
    en: `Unknown declaration type. Choose one of: ${DECLARATION_TYPES.join(", ")}.`,
  }),
  "unknown-profile": () => ({ nl: "Onbekend profiel.", en: "Unknown profile." }),
  missing: (f) => ({ nl: `Vul "${f}" in.`, en: `"${f}" is required.` }),
  "wrong-type": (f) => ({ nl: `"${f}" heeft een verkeerd soort waarde.`, en: `"${f}" has the wrong kind of value.` }),
  "out-of-range": (f) => ({ nl: `"${f}" is te klein of te groot.`, en: `"${f}" is too small or too large.` }),
  "invalid-value": (f) => ({ nl: `"${f}" heeft geen geldige waarde.`, en: `"${f}" does not have a valid value.` }),
  "invalid-date": (f) => ({
    nl: `"${f}" is geen geldige datum of tijd (JJJJ-MM-DD of JJJJ-MM-DDTuu:mm).`,
    en: `"${f}" is not a valid date or time (YYYY-MM-DD or YYYY-MM-DDTHH:mm).`,
  }),
  "date-order": (f) => ({
    nl: `De datums bij "${f}" kloppen niet.`,
    en: `The dates at "${f}" are in the wrong order.`,
  }),
  "unknown-field": (f) => ({ nl: `"${f}" is een onbekend veld.`, en: `"${f}" is an unknown field.` }),
  "invalid-setting": (f) => ({ nl: `De instelling "${f}" is ongeldig.`, en: `The setting "${f}" is invalid.` }),
};

function hasPath(root: unknown, path: readonly PropertyKey[]): boolean {
  let cur: unknown = root;
  for (const key of path) {
    if (typeof cur !== "object" || cur === null) return false;
    if (!Object.prototype.hasOwnProperty.call(cur, key as string)) return false;
    cur = (cur as Record<string, unknown>)[key as string];
  }
  return true;
}

/** Turn the first Zod issue into a RuleInputError with a field path and a bilingual message. */
export function toRuleInputError(error: z.ZodError, raw: unknown, prefix = ""): RuleInputError {
  const issue = error.issues[0];
  if (!issue) return new RuleInputError(prefix, "invalid-value", CODE_TEXT["invalid-value"](prefix || "input"));
  let path = issue.path.map(String);
  let code: RuleInputErrorCode;
  let message: LocalizedText | undefined;
  const present = hasPath(raw, issue.path);
  switch (issue.code) {
    case "invalid_type":
      code = present ? "wrong-type" : "missing";
      break;
    case "invalid_value":
    case "invalid_union":
      code = present ? "invalid-value" : "missing";
      break;
    case "too_big":
    case "too_small":
      code = "out-of-range";
      break;
    case "unrecognized_keys":
      code = "unknown-field";
      path = [...path, String(issue.keys[0] ?? "")];
      break;
    case "invalid_key":
      code = "unknown-field";
      break;
    case "custom": {
      const params = (issue.params ?? {}) as { ruleCode?: RuleInputErrorCode; nl?: string; en?: string };
      code = params.ruleCode ?? "invalid-value";
      if (params.nl && params.en) message = { nl: params.nl, en: params.en };
      break;
    }
    default:
      code = "invalid-value";
  }
  const field = [prefix, ...path].filter((p) => p !== "").join(".");
  return new RuleInputError(field, code, message ?? CODE_TEXT[code](field || "input"));
}

/**
 * Parse unknown input (JSON from a form, the database or the CLI) into a DeclarationInput.
 * Throws RuleInputError for an unknown type, wrong or missing fields, unknown fields,
 * negative or absurd amounts (> €1,000,000) and impossible or out-of-order dates.
 */
export function parseDeclarationInput(raw: unknown): DeclarationInput {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new RuleInputError("", "wrong-type", {
      nl: "De melding moet een object zijn.",
      en: "The declaration must be an object.",
    });
  }
  const type = (raw as Record<string, unknown>).type;
  if (type === undefined) throw new RuleInputError("type", "missing", CODE_TEXT.missing("type"));
  if (typeof type !== "string" || !(DECLARATION_TYPES as readonly string[]).includes(type)) {
    throw new RuleInputError("type", "unknown-type", CODE_TEXT["unknown-type"]("type"));
  }
  const schema = DECLARATION_SCHEMAS[type as keyof typeof DECLARATION_SCHEMAS];
  const result = schema.safeParse(raw);
  if (!result.success) throw toRuleInputError(result.error, raw);
  return result.data as DeclarationInput;
}

export function parsePersonFacts(raw: unknown): PersonFacts {
  const result = PersonFactsSchema.safeParse(raw);
  if (!result.success) throw toRuleInputError(result.error, raw, "person");
  return result.data;
}

/** Parse the evaluation moment; returns epoch milliseconds. */
export function parseNow(raw: unknown): number {
  if (raw === undefined) throw new RuleInputError("now", "missing", CODE_TEXT.missing("now"));
  if (typeof raw !== "string") throw new RuleInputError("now", "wrong-type", CODE_TEXT["wrong-type"]("now"));
  const ms = parseInstant(raw);
  if (ms === null) throw new RuleInputError("now", "invalid-date", CODE_TEXT["invalid-date"]("now"));
  return ms;
}
