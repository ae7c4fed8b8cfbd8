// The helpers the rule definitions are written with: a citation, and a rule family (one rule per profile, each with
// exactly its own source lines; ids are "<topic>.<rule>@<profile>"). Defined in ../evaluate/shared.ts, where the
// evaluators' own rule files use them too.
import type { DutyRule } from "../evaluate/shared";

export { cite as c, family, rijkAndEersteKamer } from "../evaluate/shared";

/** A rule: its id, title, source lines, the types and profiles it applies to and a short quote (Dutch, as written). */
export type RuleDefinition = DutyRule;
