// Building blocks of the evaluators in lib/rules/evaluate/ (one file per declaration type): the input
// fields every type uses and the shape of a rule as the registry holds it.
// Plain data and Zod only: no I/O, and no runtime import of the evaluator or the registry (they import us).
import { z } from "zod";
import { compareDates, isCalendarDate, isInstant } from "../dates";
import type { Citation, DeclarationType, LocalizedText, ProfileId } from "../types";
import type { Env } from "./collector";

/** €1,000,000: anything above is treated as a typing error, not a gift. */
export const MAX_CENTS = 100_000_000;

export const calendarDate = z
  .string()
  .max(10)
  .refine(isCalendarDate, { params: { ruleCode: "invalid-date" } });
export const instant = z
  .string()
  .max(40)
  .refine(isInstant, { params: { ruleCode: "invalid-date" } });
export const cents = z.number().int().min(0).max(MAX_CENTS);

/** Two dates or moments in the wrong order: a "date-order" issue at `path` with a bilingual message. */
export function orderIssue(ctx: z.RefinementCtx, path: (string | number)[], nl: string, en: string): void {
  ctx.addIssue({ code: "custom", path, message: en, params: { ruleCode: "date-order", nl, en } });
}

/**
 * A refinement: the date in field `later` may not lie before the one in field `earlier` (nor on it, with `sameDay`
 * "refused"); the "date-order" issue stands at `later`. Only when both are calendar dates: a missing or malformed
 * date is its own field's error, not an order error.
 */
export function dateOrder<K extends string>(rule: {
  earlier: K;
  later: K;
  sameDay?: "allowed" | "refused";
  nl: string;
  en: string;
}): (v: Record<K, string | null>, ctx: z.RefinementCtx) => void {
  return (v, ctx) => {
    const earlier = v[rule.earlier];
    const later = v[rule.later];
    if (earlier === null || later === null || !isCalendarDate(earlier) || !isCalendarDate(later)) return;
    const order = compareDates(later, earlier);
    if (order < 0 || (order === 0 && rule.sameDay === "refused")) orderIssue(ctx, [rule.later], rule.nl, rule.en);
  };
}

/** The end date (if any) may not lie before the start date (same message as the other types). */
export const endNotBeforeStart = dateOrder({
  earlier: "startDate",
  later: "endDate",
  nl: "De einddatum ligt voor de begindatum.",
  en: "The end date is before the start date.",
});

export const cite = (file: Citation["file"], lines: string): Citation => ({ file, lines });

/** A rule as the registry holds it (lib/rules/registry/family.ts calls it RuleDefinition; defined here so the evaluators need not import the registry). */
export interface DutyRule {
  id: string;
  title: LocalizedText;
  citation: Citation[];
  appliesTo: DeclarationType[];
  profiles: ProfileId[];
  /** A short quote of the source text (Dutch, as written). */
  quote: string;
}

/** One profile's version of a rule: its own source lines and quote. */
export interface RuleVariant {
  profile: ProfileId;
  citation: Citation[];
  quote: string;
}

/** A rule family: one rule per profile, each with exactly its own source lines; ids are "<topic>.<rule>@<profile>". */
export function family(
  base: string,
  appliesTo: DeclarationType[],
  title: LocalizedText,
  variants: RuleVariant[],
): DutyRule[] {
  return variants.map((v) => ({
    id: `${base}@${v.profile}`,
    title,
    citation: v.citation,
    appliesTo,
    profiles: [v.profile],
    quote: v.quote,
  }));
}

/** A rule family of one declaration type (the evaluators' files define their rules with it). */
export function ruleFamily(
  base: string,
  type: DeclarationType,
  title: LocalizedText,
  variants: RuleVariant[],
): DutyRule[] {
  return family(base, [type], title, variants);
}

/**
 * The Rijk's and the Eerste Kamer's versions of a rule both codes word the same (the Eerste Kamer's code follows the
 * Rijk's): the quote written once, each with its own source lines.
 */
export function rijkAndEersteKamer({
  quote,
  rijk,
  eersteKamer,
}: {
  quote: string;
  rijk: Citation[];
  eersteKamer: Citation[];
}): RuleVariant[] {
  return [
    { profile: "rijk", citation: rijk, quote },
    { profile: "eerste-kamer", citation: eersteKamer, quote },
  ];
}

/**
 * The sentence added to a reason when what should have been discussed in advance has already begun (its date lies
 * before today): `{ nl: "", en: "" }` otherwise, so it can be appended to every reason text.
 */
export function afterTheFact(env: Env, date: string, text: LocalizedText): LocalizedText {
  return compareDates(env.today, date) > 0 ? { nl: ` ${text.nl}`, en: ` ${text.en}` } : { nl: "", en: "" };
}
