// Input schemas (Zod 4) and the parser that turns unknown JSON into a DeclarationInput or
// throws RuleInputError. No field has a default: a missing field is an error, never a guess.
import { z } from "zod";
import { compareDates, isCalendarDate, isInstant, parseInstant } from "./dates";
import { RuleInputError, type RuleInputErrorCode } from "./errors";
import { ALL_SIDE_JOB_QUESTION_IDS } from "./side-job-questions";
import type { LocalizedText, PersonFacts } from "./types";
import { DECLARATION_TYPES } from "./types";
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

import { TobaccoIndustryContactDeclarationSchema, type TobaccoIndustryContactDeclaration } from "./evaluate/tobacco-industry-contact";
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
import { PrivateRelationshipDeclarationSchema, SupplierContactDeclarationSchema, type PrivateRelationshipDeclaration, type SupplierContactDeclaration } from "./evaluate/recusal-input";
export { PrivateRelationshipDeclarationSchema, SupplierContactDeclarationSchema, type PrivateRelationshipDeclaration, type SupplierContactDeclaration };

/** €1,000,000: anything above is treated as a typing error, not a gift. */
export const MAX_CENTS = 100_000_000;

const cents = z.number().int().min(0).max(MAX_CENTS);
const calendarDate = z.string().max(10).refine(isCalendarDate, { params: { ruleCode: "invalid-date" } });
const instant = z.string().max(40).refine(isInstant, { params: { ruleCode: "invalid-date" } });
const answer = z.enum(["yes", "no", "doubt"]);

function orderIssue(ctx: z.RefinementCtx, path: (string | number)[], nl: string, en: string): void {
  ctx.addIssue({ code: "custom", path, message: en, params: { ruleCode: "date-order", nl, en } });
}

export const GiftDeclarationSchema = z.strictObject({
  type: z.literal("gift"),
  /** received = accepted or sent to you; offered = offered to you, not yet accepted (you ask first); declined-at-offer = you refused it. */
  direction: z.enum(["received", "offered", "declined-at-offer"]),
  kind: z.enum(["goods", "service", "discount", "loyalty-points", "voucher", "cash", "other-benefit"]),
  /** Estimated value in euro cents (retail value; decision 012). */
  valueCents: cents,
  date: calendarDate,
  /** The giver takes part in a running procurement or awaits a decision from you/your unit. */
  giverInProcurementOrAwaitingDecision: z.boolean(),
  deliveredToHomeAddress: z.boolean(),
  /** The giver is a foreign or diplomatic relation. */
  foreignRelation: z.boolean(),
  /** Refusing or returning would seriously offend or embarrass the giver. */
  refusalWouldOffend: z.boolean(),
  /** Only for kind "loyalty-points": you want to use the points privately. */
  privateUseOfPoints: z.boolean(),
  /** Gemeente grounds of 002 L403-407 that apply: a (offend), b (minimal appearance), c (impractical to return). */
  exceptionGrounds: z.array(z.enum(["a", "b", "c"])).max(3),
  /** Gemeente rule 3.3 (facilities/services): refusing would make the work impossible or unworkable. */
  refusalMakesWorkImpossible: z.boolean(),
});
export type GiftDeclaration = z.infer<typeof GiftDeclarationSchema>;

export const InvitationDeclarationSchema = z
  .strictObject({
    type: z.literal("invitation"),
    eventKind: z.enum(["lunch", "dinner", "reception", "excursion", "event", "congress", "sports-vip", "performance", "trip", "other"]),
    startDate: calendarDate,
    endDate: calendarDate,
    estimatedValueCents: cents,
    /** The host takes part in a running procurement or awaits a decision. */
    hostInProcurementOrAwaitingDecision: z.boolean(),
    /** Your presence is functional and/or representative. */
    functionalOrRepresentative: z.boolean(),
    /** The appearance of corruption is minimal. */
    appearanceOfCorruptionMinimal: z.boolean(),
    /** Others pay travel, stay and/or overnight costs (a trip or stay paid by others). */
    othersPayTravelOrStay: z.boolean(),
    /**
     * The person thinks the visit is necessary for their job. Gemeente 002 L428-431: a visit paid by others is
     * not accepted, but the manager may judge it necessary; then it is work and the municipality pays. Only asked
     * where that rule exists and others pay travel or stay; false elsewhere.
     */
    tripNecessaryForWork: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (isCalendarDate(v.startDate) && isCalendarDate(v.endDate) && compareDates(v.endDate, v.startDate) < 0) {
      orderIssue(ctx, ["endDate"], "De einddatum ligt voor de begindatum.", "The end date is before the start date.");
    }
  });
export type InvitationDeclaration = z.infer<typeof InvitationDeclarationSchema>;

export const CommercialActivityDeclarationSchema = z.strictObject({
  type: z.literal("commercial-activity"),
  role: z.enum(["speaker", "panel-member", "other"]),
  eventDate: calendarDate,
  /** The event is commercially organised (e.g. paid entry). */
  commerciallyOrganised: z.boolean(),
  /** Fee offered to you, in cents (0 when none). */
  feeOfferedCents: cents,
  /** You intend to accept the fee. */
  acceptsFee: z.boolean(),
});
export type CommercialActivityDeclaration = z.infer<typeof CommercialActivityDeclarationSchema>;

const Extension = z.strictObject({
  position: z.enum(["start", "end"]),
  start: instant,
  end: instant,
});

export const TripExtensionDeclarationSchema = z
  .strictObject({
    type: z.literal("trip-extension"),
    /** The business trip itself (instants, Amsterdam wall time unless an offset is given). */
    tripStart: instant,
    tripEnd: instant,
    /** One private extension at the start and/or one at the end. */
    extensions: z.array(Extension).min(1).max(2),
  })
  .superRefine((v, ctx) => {
    const ts = parseInstant(v.tripStart);
    const te = parseInstant(v.tripEnd);
    if (ts !== null && te !== null && te <= ts) orderIssue(ctx, ["tripEnd"], "De dienstreis eindigt voor of op het begin.", "The business trip ends before or when it starts.");
    const positions = new Set<string>();
    v.extensions.forEach((e, i) => {
      if (positions.has(e.position)) {
        ctx.addIssue({ code: "custom", path: ["extensions", i, "position"], message: "Only one extension per position.", params: { ruleCode: "invalid-value", nl: "Je kunt maar één verlenging aan het begin en één aan het einde opgeven.", en: "Only one extension at the start and one at the end." } });
      }
      positions.add(e.position);
      const s = parseInstant(e.start);
      const en = parseInstant(e.end);
      if (s === null || en === null) return;
      if (en <= s) orderIssue(ctx, ["extensions", i, "end"], "De verlenging eindigt voor of op het begin.", "The extension ends before or when it starts.");
      else if (e.position === "end" && te !== null && s < te) orderIssue(ctx, ["extensions", i, "start"], "Een verlenging aan het einde begint pas als de dienstreis klaar is.", "An extension at the end starts only when the business trip is over.");
      else if (e.position === "start" && ts !== null && en > ts) orderIssue(ctx, ["extensions", i, "end"], "Een verlenging aan het begin eindigt als de dienstreis begint.", "An extension at the start ends when the business trip starts.");
    });
  });
export type TripExtensionDeclaration = z.infer<typeof TripExtensionDeclarationSchema>;

export const SideJobDeclarationSchema = z
  .strictObject({
    type: z.literal("side-job"),
    status: z.enum(["current", "intended"]),
    change: z.enum(["new", "changed", "ended"]),
    paid: z.boolean(),
    role: z.enum(["board-member", "supervisory-board", "employee", "own-business", "partner-or-shareholder", "volunteer", "writing-or-speaking", "political-office", "other"]),
    /** Membership of a body whose membership is incompatible with a Rijk job by law (000 L893-898). */
    mandate: z.enum(["none", "eerste-kamer", "tweede-kamer", "european-parliament"]),
    startDate: calendarDate,
    endDate: calendarDate.nullable(),
    /** Self-assessment answers keyed by question id (SIDE_JOB_QUESTIONS[profile]). */
    answers: z.partialRecord(z.enum(ALL_SIDE_JOB_QUESTION_IDS as [string, ...string[]]), answer),
  })
  .superRefine((v, ctx) => {
    if (v.endDate !== null && isCalendarDate(v.endDate) && isCalendarDate(v.startDate) && compareDates(v.endDate, v.startDate) < 0) {
      orderIssue(ctx, ["endDate"], "De einddatum ligt voor de begindatum.", "The end date is before the start date.");
    }
    if (v.change === "ended" && v.endDate === null) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "An ended side job needs an end date.", params: { ruleCode: "missing", nl: "Vul de einddatum in van de gestopte nevenwerkzaamheid.", en: "Enter the end date of the side job that ended." } });
    }
  });
export type SideJobDeclaration = z.infer<typeof SideJobDeclarationSchema>;

export const FinancialInterestDeclarationSchema = z.strictObject({
  type: z.literal("financial-interest"),
  kind: z.enum(["interest", "securities-holding", "securities-transaction"]),
  moment: z.enum(["at-entry", "on-acquisition", "on-request", "other"]),
  date: calendarDate,
  /** The interest concerns a company or sector you deal with in your job. */
  relatedToFunction: z.boolean(),
  /** You (would) use confidential, price-sensitive information from your work. */
  usesInsideInformation: z.boolean(),
});
export type FinancialInterestDeclaration = z.infer<typeof FinancialInterestDeclarationSchema>;

export const FormerEmployeeHireDeclarationSchema = z
  .strictObject({
    type: z.literal("former-employee-hire"),
    /**
     * The last day of the candidate's employment (the day the employment ended, not the last working day:
     * leave or garden leave at the end still counts as employment); null when the candidate still works here.
     * The candidate is "uit dienst" (002 L270-272) / "na ontslag" (003 L457-458) from the next day (decision 038).
     */
    employmentEndedOn: calendarDate.nullable(),
    plannedStart: calendarDate,
    sameWork: z.boolean(),
    leftWithSeverancePay: z.boolean(),
    /** The hiring manager states weighty reasons (Gemeente) / a very exceptional case (Provincie). */
    weightyReasons: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.employmentEndedOn !== null && isCalendarDate(v.employmentEndedOn) && isCalendarDate(v.plannedStart) && compareDates(v.plannedStart, v.employmentEndedOn) <= 0) {
      orderIssue(ctx, ["plannedStart"], "De inhuur begint voor of op de laatste dag van het dienstverband.", "The hire starts before or on the last day of employment.");
    }
  });
export type FormerEmployeeHireDeclaration = z.infer<typeof FormerEmployeeHireDeclarationSchema>;

export const ExMinisterContactDeclarationSchema = z
  .strictObject({
    type: z.literal("ex-minister-contact"),
    /** The day the minister left office; with `leftOfficeKnown` "month" or "year" only that month or year counts. */
    ministerLeftOfficeOn: calendarDate,
    /**
     * How much of the leaving date is known. When only the month or year is known, the module takes the last day of
     * that month or year (but not after today) as the leaving date: the safe reading, the ban never ends too early
     * (000 L980-987, decision 038).
     */
    leftOfficeKnown: z.enum(["day", "month", "year"]),
    contactDate: calendarDate,
    /** The contact is part of your work ("vanuit jouw ambtelijk functioneren", 000 L983-984) or private. */
    capacity: z.enum(["official", "private"]),
    /** The contact concerns the former minister's former policy area. */
    formerPolicyArea: z.enum(["yes", "no", "unsure"]),
  })
  .superRefine((v, ctx) => {
    if (isCalendarDate(v.ministerLeftOfficeOn) && isCalendarDate(v.contactDate) && compareDates(v.contactDate, v.ministerLeftOfficeOn) < 0) {
      orderIssue(ctx, ["contactDate"], "Het contact ligt voor het aftreden; dan is het geen oud-bewindspersoon.", "The contact is before the minister left office.");
    }
  });
export type ExMinisterContactDeclaration = z.infer<typeof ExMinisterContactDeclarationSchema>;

export const JobMoveDeclarationSchema = z
  .strictObject({
    type: z.literal("job-move"),
    plannedLeaveDate: calendarDate,
    newJobStart: calendarDate,
    /** The new work would be reportable or even prohibited as a side job. */
    newWorkReportableAsSideJob: z.boolean(),
    /** The interests of the service may clash with the new work. */
    interestsMayClash: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (isCalendarDate(v.plannedLeaveDate) && isCalendarDate(v.newJobStart) && compareDates(v.newJobStart, v.plannedLeaveDate) < 0) {
      orderIssue(ctx, ["newJobStart"], "De nieuwe baan begint voor je vertrek. Meld dan ook een nevenwerkzaamheid.", "The new job starts before you leave; declare a side job as well.");
    }
  });
export type JobMoveDeclaration = z.infer<typeof JobMoveDeclarationSchema>;

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
  "unknown-type": () => ({ nl: `Onbekend soort melding. Kies uit: ${DECLARATION_TYPES.join(", ")}.`, en: `Unknown declaration type. Choose one of: ${DECLARATION_TYPES.join(", ")}.` }),
  "unknown-profile": () => ({ nl: "Onbekend profiel.", en: "Unknown profile." }),
  missing: (f) => ({ nl: `Vul "${f}" in.`, en: `"${f}" is required.` }),
  "wrong-type": (f) => ({ nl: `"${f}" heeft een verkeerd soort waarde.`, en: `"${f}" has the wrong kind of value.` }),
  "out-of-range": (f) => ({ nl: `"${f}" is te klein of te groot.`, en: `"${f}" is too small or too large.` }),
  "invalid-value": (f) => ({ nl: `"${f}" heeft geen geldige waarde.`, en: `"${f}" does not have a valid value.` }),
  "invalid-date": (f) => ({ nl: `"${f}" is geen geldige datum of tijd (JJJJ-MM-DD of JJJJ-MM-DDTuu:mm).`, en: `"${f}" is not a valid date or time (YYYY-MM-DD or YYYY-MM-DDTHH:mm).` }),
  "date-order": (f) => ({ nl: `De datums bij "${f}" kloppen niet.`, en: `The dates at "${f}" are in the wrong order.` }),
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
    throw new RuleInputError("", "wrong-type", { nl: "De melding moet een object zijn.", en: "The declaration must be an object." });
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
