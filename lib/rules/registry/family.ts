// The helpers the rule definitions are written with: a citation, and a rule family (one rule per profile, each with
// exactly its own source lines; ids are "<topic>.<rule>@<profile>").
import type { Citation, DeclarationType, LocalizedText } from "../types";
import type { DutyRule, RuleVariant } from "../evaluate/shared";

export { rijkAndEersteKamer } from "../evaluate/shared";

/** A rule: its id, title, source lines, the types and profiles it applies to and a short quote (Dutch, as written). */
export type RuleDefinition = DutyRule;

export const c = (file: Citation["file"], lines: string): Citation => ({ file, lines });

export function family(
  base: string,
  appliesTo: DeclarationType[],
  title: LocalizedText,
  variants: RuleVariant[],
): RuleDefinition[] {
  return variants.map((v) => ({
    id: `${base}@${v.profile}`,
    title,
    citation: v.citation,
    appliesTo,
    profiles: [v.profile],
    quote: v.quote,
  }));
}
